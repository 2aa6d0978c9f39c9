// Monaco's editors run their language services in web workers. The workers are bundled
// beside this script (build.mjs defines their hashed file names), so they load from this
// application under `worker-src 'self'`: no CDN, no blob: URL.
const workerUrl = (file) => new URL(file, import.meta.url);

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new Worker(workerUrl(__JSON_WORKER__), { name: 'json' });
      case 'graphql':
        return new Worker(workerUrl(__GRAPHQL_WORKER__), { name: 'graphql' });
      default:
        return new Worker(workerUrl(__EDITOR_WORKER__), { name: 'editor' });
    }
  },
};
