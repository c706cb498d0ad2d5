/**
 * Every connection's page cache: 64 MiB, not SQLite's 2 MiB, which on a file of gigabytes
 * re-reads the same index pages on every question. Pages are taken only as they are used, so a
 * small file costs no more. Its own module, so threads that open the file without TypeORM share it.
 */
export const PAGE_CACHE_KIB = 65_536;
