package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.rocksdb.NativeLibraryLoader;
import org.rocksdb.RocksDB;

/**
 * RocksDB's native library, copied out of its jar into the engine's directory instead of {@code java.io.tmpdir}.
 * Left to itself RocksDB writes a fresh {@code librocksdbjni*.so} (about 50 MB) under a random name into the temp
 * directory at every JVM start and only removes it at a normal exit, so every killed JVM leaves one behind. Here
 * the copy has one fixed name in {@code <engine dir>/native/}: the next start replaces it, and anything else found
 * there is removed first.
 */
final class RocksDbNativeLibrary {

    /** Where this JVM's copy lives; the library loads once per JVM. */
    private static Path loadedFrom;

    private RocksDbNativeLibrary() {
    }

    /**
     * Loads the library from {@code nativeDir} unless this JVM loaded it already. Must run before any RocksDB
     * class is initialised (they load it on their own, into the temp directory): {@link RocksDB} itself is only
     * named here, never touched.
     */
    static synchronized void loadInto(Path nativeDir) {
        try {
            OwnerOnly.directories(nativeDir);
            if (!nativeDir.equals(loadedFrom)) {
                // a killed JVM's copy, or another RocksDB version's: nobody maps them any more (one engine per dir)
                try (Stream<Path> stale = Files.list(nativeDir)) {
                    for (Path f : stale.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            if (loadedFrom == null) {
                // marks the library as extracted for this class loader: RocksDB's own loadLibrary() reuses it
                NativeLibraryLoader.getInstance().loadLibrary(nativeDir.toAbsolutePath().toString());
                loadedFrom = nativeDir;
                OwnerOnly.tighten(nativeDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load RocksDB's native library into " + nativeDir, e);
        }
    }
}
