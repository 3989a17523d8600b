// Where the contract lives on disk, for the server that serves and enforces it.
export const contractPath = new URL('./hub.yaml', import.meta.url);
