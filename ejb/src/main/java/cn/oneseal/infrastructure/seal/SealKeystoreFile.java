package cn.oneseal.infrastructure.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A PKCS #12 keystore on disk, created at most once however many nodes start at the same time.
 *
 * <p>A new keystore is written completely into a temporary file beside the final one (owner-only
 * from the first byte), flushed to the disk and then hard-linked under its final name. Creating a
 * link fails if the name exists, atomically — unlike a rename, which on POSIX silently replaces an
 * existing file, so that two nodes starting together would each keep a different seal in memory.
 * The loser of that race throws its keystore away and reads the winner's.
 *
 * <p>Keystores are read and written by BouncyCastle, because the JDK cannot read one with an SM2
 * key: it fails on the SM2 certificate ("Unknown named curve 1.2.156.10197.1.301") and reports that
 * as a wrong password. New files use PBES2 (PBKDF2 with HMAC-SHA256) with AES-256 for keys and
 * AES-128 for certificates, which {@code keytool} and OpenSSL 3 read as well.
 */
final class SealKeystoreFile {

  /** For reading: BouncyCastle's PKCS #12 reads every encryption its writers use. */
  private static final String READ_TYPE = "PKCS12";

  private static final String WRITE_TYPE = "PKCS12-AES256-AES128";

  private SealKeystoreFile() {}

  static KeyStore newKeyStore() {
    try {
      KeyStore store = KeyStore.getInstance(WRITE_TYPE, BouncyCastle.PROVIDER);
      store.load(null, null);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("BouncyCastle always provides " + WRITE_TYPE, e);
    }
  }

  static KeyStore read(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance(READ_TYPE, BouncyCastle.PROVIDER);
      store.load(in, password);
      return store;
    } catch (IOException e) {
      // KeyStore.load reports a wrong password as an IOException too
      throw new UncheckedIOException("cannot read the seal keystore " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the seal keystore " + file, e);
    }
  }

  /**
   * The one private key of the keystore {@code file}, with its certificate chain.
   *
   * @throws IllegalStateException if the keystore holds no key or several
   */
  static KeyStore.PrivateKeyEntry onlyKey(Path file, char[] password) {
    KeyStore store = read(file, password);
    try {
      List<String> keys = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.entryInstanceOf(alias, KeyStore.PrivateKeyEntry.class)) {
          keys.add(alias);
        }
      }
      if (keys.size() != 1) {
        throw new IllegalStateException(
            file + " must hold exactly one private key, not " + keys.size() + ": " + keys);
      }
      return (KeyStore.PrivateKeyEntry)
          store.getEntry(keys.get(0), new KeyStore.PasswordProtection(password));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the key in " + file, e);
    }
  }

  /**
   * Writes {@code store} as {@code file} unless that file exists already.
   *
   * @return whether this call created the file; {@code false} if another process was first
   */
  static boolean createIfAbsent(Path file, KeyStore store, char[] password) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
      Path temporary =
          Files.createTempFile(
              directory, "." + file.getFileName(), ".tmp", ownerOnly(directory, "rw-------"));
      try {
        write(temporary, store, password);
        return link(file, temporary);
      } finally {
        Files.delete(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the seal keystore " + file, e);
    }
  }

  /** Writes and flushes to the disk, so that the file is complete before it gets its name. */
  private static void write(Path temporary, KeyStore store, char[] password) throws IOException {
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      store.store(out, password);
      out.flush();
      channel.force(true);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot write the seal keystore " + temporary, e);
    }
  }

  private static boolean link(Path file, Path temporary) throws IOException {
    try {
      Files.createLink(file, temporary);
      return true;
    } catch (FileAlreadyExistsException anotherNodeWasFirst) {
      return false;
    }
  }

  /**
   * Owner-only permissions where the file system has POSIX permissions; elsewhere (Windows) the
   * user's profile directory, where the installation's home lies by default, already limits access.
   */
  private static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
    if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
    };
  }
}
