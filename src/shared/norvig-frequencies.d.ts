/** `norvig-frequencies` (BSD): the 97,565 words of Google Books, most used first, in capitals. */
declare module 'norvig-frequencies' {
  const words: string[];
  export default words;
}
