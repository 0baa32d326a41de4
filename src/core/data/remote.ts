/**
 * The data input that needs more than the page: fetching `src` (CSV, TSV or JSON, abortable and
 * capped) through an @lit/task, loaded on first use (core/lazy.ts). A chart drawn from its
 * <table>, JSON script or `.data` never loads this.
 */
export { Task, TaskStatus } from '@lit/task';
export { fetchTable } from './fetch.js';
