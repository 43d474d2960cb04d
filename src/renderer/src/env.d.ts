/** Side-effect style imports (bundled by Vite). */
declare module '*.css';
/** Vite's `?raw` imports: the file's text as a string (jieba's dictionary for the worker). */
declare module '*?raw' {
  const text: string;
  export default text;
}
