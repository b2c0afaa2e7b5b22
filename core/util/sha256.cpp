#include "util/sha256.h"

#include "util/errors.h"
#include "util/file_system.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace stocktower::util {

namespace {

struct DigestContext {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    DigestContext() {
        if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1)
            throw std::runtime_error("SHA-256 is not available");
    }
    // Imports hash their file on a worker thread. OpenSSL keeps per-thread state (its
    // error queue) that it frees only when a thread ends through its own hooks; a pool
    // thread still parked at exit keeps it, and LeakSanitizer reports it at random.
    // Releasing it after each digest makes the thread's OpenSSL use self-contained.
    ~DigestContext() {
        EVP_MD_CTX_free(ctx);
        OPENSSL_thread_stop();
    }
    DigestContext(const DigestContext&) = delete;
    DigestContext& operator=(const DigestContext&) = delete;
    void update(const void* data, std::size_t size) { EVP_DigestUpdate(ctx, data, size); }
    std::string hex() {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, digest, &length);
        static constexpr char kHex[] = "0123456789abcdef";
        std::string out;
        for (unsigned int i = 0; i < length; ++i) {
            out += kHex[digest[i] >> 4];
            out += kHex[digest[i] & 0xF];
        }
        return out;
    }
};

} // namespace

std::string sha256OfFile(const std::string& path) {
    const FileHandle file = openFile(pathFromUtf8(path), "rb");
    if (!file) throw UserError("Cannot read '" + path + "': " + std::strerror(errno));
    DigestContext digest;
    std::vector<char> buffer(1 << 20);
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0) digest.update(buffer.data(), got);
    if (std::ferror(file.get())) throw UserError("Cannot read '" + path + "': read error");
    return digest.hex();
}

std::string sha256OfText(std::string_view text) {
    DigestContext digest;
    digest.update(text.data(), text.size());
    return digest.hex();
}

} // namespace stocktower::util
