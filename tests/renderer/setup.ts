// Real IndexedDB semantics in Node: Dexie runs against fake-indexeddb (Node's structuredClone
// keeps Blobs intact, which jsdom does not).
import 'fake-indexeddb/auto';
