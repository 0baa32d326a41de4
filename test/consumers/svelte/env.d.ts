// The dj-* elements in Svelte's svelteHTML namespace (what an app adds once, e.g. in env.d.ts).
import type {} from 'dj-widgets/svelte';
