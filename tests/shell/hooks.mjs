/**
 * Node module hooks for the shell smoke test: `electron` resolves to the recording stub, every
 * other specifier resolves as Node (and so Electron's Node) would resolve it.
 */
const STUB = new URL('./electron-stub.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STUB, shortCircuit: true };
  return nextResolve(specifier, context);
}
