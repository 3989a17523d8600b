// Vite for the React example; relative asset URLs so the build also works under the hub's /examples/react/.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022' },
});
