using System.Runtime.CompilerServices;

// The hot paths use stack buffers (word pairings, positions) that are always written before they are read;
// skipping their zero-initialisation is measurable per query (docs/performance.md).
[module: SkipLocalsInit]
