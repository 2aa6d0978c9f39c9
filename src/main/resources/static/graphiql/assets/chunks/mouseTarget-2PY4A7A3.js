/* Bundled from npm packages by src/main/graphiql/build.mjs; licences: THIRD-PARTY-LICENSES.txt */
import{Jh as a,Kh as b,Lh as c,Mh as d}from"./chunk-F252AFJF.js";import"./chunk-VR6IXVVJ.js";import"./chunk-EGW4E23V.js";export{c as HitTestContext,b as MouseTarget,d as MouseTargetFactory,a as PointerHandlerLastRenderData};
