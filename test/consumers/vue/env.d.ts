// The dj-* elements as Vue GlobalComponents (what an app adds once, e.g. in env.d.ts).
import type {} from 'dj-widgets/vue';
