// hangul-js ships no types; these are the functions lib/romanize uses.
declare module 'hangul-js' {
  const Hangul: {
    disassemble(text: string, grouped: true): string[][];
    disassemble(text: string, grouped?: false): string[];
    assemble(jamo: string[]): string;
    isVowel(c: string): boolean;
    isConsonant(c: string): boolean;
    isComplete(c: string): boolean;
  };
  export default Hangul;
}
