// The Graph Data Science library's version; fails on a server without the library, which is
// how the adapter finds out whether analytics can run inside the database.
RETURN gds.version() AS version
