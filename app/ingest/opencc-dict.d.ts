// opencc-js ships its dictionaries as ES modules exporting "from to|from to|..." strings,
// without type declarations for these subpaths.
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
