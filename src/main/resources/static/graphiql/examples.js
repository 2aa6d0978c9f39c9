/*
 * The tabs GraphiQL opens with: one typical question of each user group (DESIGN.md), each
 * runnable as it stands on the seed data (GraphiQlBrowserTests runs every one of them in
 * the page). Plain JavaScript read by the page at start-up: edit freely, no rebuild of
 * the bundle. A browser that has opened GraphiQL before keeps its own tabs; "示例
 * Examples ↺" (top right) brings these back. `variables` and `headers` are objects, shown
 * as JSON. Keep comment lines short: the editor is half the window wide.
 */
window.chanjiaoGraphiql = {
	examples: [
		{
			group: 'explorer',
			query: `# 浏览 Browse — 搜索机构，查看关系及其出处
# Search by Chinese name, English name or alias (长隆, Chimelong,
# 迅达…), follow an organisation's relationships and read the
# quote that backs each one.
#
# ▶ (Ctrl-Enter) runs a query; hover a field for its description.
# Left: 📖 schema docs, ⟲ history, 📂 query builder (explorer).
# Each tab answers one user group's typical question.
query Search {
  search(text: "长隆") { id name nameEn kind }
  organization(id: "chimelong-group") {
    name
    aliases
    relations {
      type
      role
      to { id name kind }
      evidence { documentTitle quote }
    }
  }
}
`,
		},
		{
			group: 'researcher',
			query: `# 研究者 Researcher — 谁共建了长隆产业学院？是哪种合作模式？
# Who co-founded 长隆产业学院, and which cooperation model
# (政-校-行-研-企) does that make? declared: what the report says;
# derived: from the co-founders the graph knows; missing: declared
# sectors no named co-founder stands for yet (never invented).
query CoFounders {
  organization(id: "chimelong-college") {
    name
    nameEn
    coFounders {
      role
      since
      from { id name kind }
      evidence { documentTitle quote }
    }
    cooperationModel { declared derived missing evidence { quote } }
  }
}
`,
		},
		{
			group: 'researcher',
			query: `# 研究者 Researcher — 谁在学校与产业之间牵线搭桥？
# Which organisations broker between schools and industry?
# Betweenness centrality on the undirected network, articulation
# points, and Burt's structural holes (low constraint: a broker).
query Brokers {
  analysisEngine
  centrality(measure: BETWEENNESS, first: 5) {
    size { organizations ties }
    scores { rank score organization { id name kind } }
  }
  brokerage(first: 5) {
    articulationPoints {
      organization { name }
      pieces
      separatesSchoolsFromEnterprises
    }
    structuralHoles {
      organization { name }
      degree
      constraint
      effectiveSize
    }
  }
}
`,
		},
		{
			group: 'researcher',
			query: `# 研究者 Researcher — 政、校、企三螺旋协同程度
# Leydesdorff's triple-helix mutual information T(政;校;企), in
# bits: each platform (college, community, institute, base) is
# one observation of whether it has a government, a school and an
# enterprise co-founder. A negative T signals synergy.
query TripleHelix {
  all: tripleHelix { platforms t hG hS hE hGS hGE hSE hGSE }
  colleges: tripleHelix(platformKinds: [COLLEGE]) { platforms t }
  guangdong: tripleHelix(region: "广东省") { platforms t }
}
`,
		},
		{
			group: 'planner',
			query: `# 规划者 Planner — 哪些企业参与多个产业学院、跨越多所学校？
# Which enterprises span several industry colleges, and the
# schools those belong to? No enterprise of the seed report has
# two colleges yet, so the minimum is 1 here; ask for 2 or more
# on a national dataset.
query SpanningColleges {
  enterprisesSpanningColleges(minColleges: 1) {
    enterprise { id name }
    collegeCount
    colleges { name }
    schools { name }
  }
  enterprisesSpanningSchools(minSchools: 1) {
    enterprise { name }
    schoolCount
    schools { name }
  }
}
`,
		},
		{
			group: 'planner',
			query: `# 规划者 Planner — 两个机构有哪些共同伙伴？
# Which partners do two organisations share, and how is each
# related to both? Here the school gdep (广东工程职业技术学院) and
# chimelong-group (长隆集团), in Variables below; then the pairs
# of schools that share the most partners.
query CommonPartners($a: ID!, $b: ID!) {
  commonPartners(a: $a, b: $b) {
    organization { id name kind }
    withA
    withB
  }
  schoolPairsBySharedPartners(first: 5) {
    a { name }
    b { name }
    sharedCount
    shared { name }
  }
}
`,
			variables: { a: 'gdep', b: 'chimelong-group' },
		},
		{
			group: 'planner',
			query: `# 规划者 Planner — 哪些产业学院还没有企业共建方？
# Which industry colleges have no enterprise co-founder yet (a gap
# in 产教融合), with their host school and the cooperation model
# the report declares for them.
query NoEnterprise {
  collegesWithoutEnterpriseCoFounder {
    id
    name
    relations(types: [PART_OF], direction: OUT) { to { name } }
    cooperationModel { declared derived missing }
  }
}
`,
		},
		{
			group: 'curator',
			query: `# 管理员 Curator — 新增一个机构（写操作须持有令牌）
# Adds an organisation. Writes need a bearer token with the EDITOR
# role: in Headers below, put yours in place of
# REPLACE-WITH-YOUR-EDITOR-TOKEN (README, "Curating"). With the
# placeholder the answer is HTTP 401 (unknown token); without the
# header, UNAUTHORIZED. The id is fixed, so a second run answers
# CONFLICT (ids are never reused). Then link it with addRelation,
# each relationship with the quote that states it.
mutation CreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
    kind
    region
    identifiers { scheme value }
    version
  }
}
`,
			variables: {
				input: {
					id: 'example-intelligent-technology',
					name: '示例智能科技有限公司',
					nameEn: 'Example Intelligent Technology Co., Ltd.',
					kind: 'ENTERPRISE',
					region: '广东省广州市',
					identifiers: [{ scheme: 'USCC', value: '91512081MA62K0260E' }],
				},
			},
			headers: { Authorization: 'Bearer REPLACE-WITH-YOUR-EDITOR-TOKEN' },
		},
	],
};
