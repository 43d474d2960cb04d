/** Page geometry: word, line and block boxes on the scan, carried through versions. */
export * from './page-geometry';
export * from './map-geometry';
export * from './regroup';
export * from './confidence';
