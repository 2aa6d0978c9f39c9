/* Bundled from npm packages by src/main/graphiql/build.mjs; licences: THIRD-PARTY-LICENSES.txt */
import{a,b}from"./chunk-4Z5ADNN3.js";import"./chunk-YSSFWAGI.js";import"./chunk-QK7PE6MP.js";import"./chunk-F252AFJF.js";import"./chunk-VR6IXVVJ.js";import"./chunk-EGW4E23V.js";export{b as getWorker,a as jsonDefaults};
