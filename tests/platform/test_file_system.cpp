// util/file_system (the Windows/POSIX seam) and the core paths that go through it, exercised on
// this system: UTF-8 names, replace over an existing or locked file, exclusive locks.
#include "exchange/atomic_file.h"
#include "exchange/csv_reader.h"
#include "exchange/csv_writer.h"
#include "store/workspace.h"
#include "util/errors.h"
#include "util/file_system.h"
#include "util/sha256.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace stocktower;
using testsupport::TempDir;
namespace fs = std::filesystem;

namespace {

// The names spelled as UTF-8 bytes, so the oracle does not depend on the compiler's source or
// execution character set: ö = C3 B6, ü = C3 BC, € = E2 82 AC; Greek and CJK as encoded by the
// Unicode code charts (Α U+0391 = CE 91, 倉 U+5009 = E5 80 89, …).
const std::string kCologneFolder = "Lager K\xC3\xB6ln";        // Lager Köln
const std::string kCologneFile = "\xC3\xBC \xE2\x82\xAC.stdb"; // ü €.stdb
const std::string kGreek = "\xCE\x91\xCF\x80\xCE\xBF\xCE\xB8\xCE\xAE\xCE\xBA\xCE\xB7"; // Αποθήκη
const std::string kCjk = "\xE5\x80\x89\xE5\xBA\xAB \xE6\x9D\xB1\xE4\xBA\xAC"; // 倉庫 東京

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string utf8(const TempDir& dir, const std::string& relative) {
    return util::utf8FromPath(dir.path()) + "/" + relative;
}

// The names the directory really holds, as UTF-8 (what a file manager shows).
std::set<std::string> namesIn(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(util::utf8FromPath(entry.path().filename()));
    return names;
}

} // namespace

TEST(FileSystemPaths, Utf8RoundTripKeepsEveryCharacter) {
    for (const std::string& name : {kCologneFolder + "/" + kCologneFile, kGreek, kCjk}) {
        const fs::path path = util::pathFromUtf8(name);
        EXPECT_EQ(util::utf8FromPath(path), name);
    }
    // The path splits where the text has its slash, and the file name keeps its extension.
    const fs::path cologne = util::pathFromUtf8(kCologneFolder + "/" + kCologneFile);
    EXPECT_EQ(util::utf8FromPath(cologne.parent_path()), kCologneFolder);
    EXPECT_EQ(util::utf8FromPath(cologne.filename()), kCologneFile);
    EXPECT_EQ(util::utf8FromPath(cologne.extension()), ".stdb");
}

TEST(FileSystemPaths, FilesAreCreatedUnderTheirUtf8Names) {
    TempDir dir;
    fs::create_directories(util::pathFromUtf8(utf8(dir, kCologneFolder)));
    for (const std::string& relative :
         {kCologneFolder + "/" + kCologneFile, kGreek + ".csv", kCjk + ".csv"}) {
        const auto file = util::openFile(util::pathFromUtf8(utf8(dir, relative)), "wb");
        ASSERT_TRUE(file) << relative;
        std::fputs("x", file.get());
    }
    EXPECT_EQ(namesIn(dir.path()),
              (std::set<std::string>{kCologneFolder, kGreek + ".csv", kCjk + ".csv"}));
    EXPECT_EQ(namesIn(util::pathFromUtf8(utf8(dir, kCologneFolder))),
              std::set<std::string>{kCologneFile});
    EXPECT_FALSE(util::openFile(util::pathFromUtf8(utf8(dir, "missing/" + kCjk)), "rb"));
}

TEST(ReplaceFile, ReplacesAnExistingFileAndRemovesTheSource) {
    TempDir dir;
    const fs::path target = dir.path() / "plan.csv";
    const fs::path source = dir.path() / "plan.csv.tmp";
    writeAll(target, "old\n");
    writeAll(source, "new\n");
    util::replaceFile(source, target);
    EXPECT_EQ(readAll(target), "new\n");
    EXPECT_FALSE(fs::exists(source));
    EXPECT_EQ(dir.entries(), 1u);
}

TEST(ReplaceFile, ReplacesAFileWhoseLockIsHeld) {
    // Someone holds the target locked (on Windows: open with FILE_SHARE_DELETE, as FileLock
    // opens it). The replace still succeeds; the holder keeps the old file, and the new file
    // under the name is free to lock.
    TempDir dir;
    const fs::path target = util::pathFromUtf8(utf8(dir, kCjk + ".stdb"));
    const fs::path source = util::pathFromUtf8(utf8(dir, kCjk + ".stdb.tmp"));
    writeAll(target, "old");
    auto held = util::FileLock::tryLock(target);
    ASSERT_TRUE(held);
    ASSERT_FALSE(util::FileLock::tryLock(target))
        << "the lock must be held for this test to mean anything";
    writeAll(source, "new");
    util::replaceFile(source, target);
    EXPECT_EQ(readAll(target), "new");
    EXPECT_FALSE(fs::exists(source));
    EXPECT_TRUE(util::FileLock::tryLock(target));
}

TEST(ReplaceFile, FailureNamesTheTargetInUtf8) {
    TempDir dir;
    const std::string target = utf8(dir, kGreek + "/missing/" + kCologneFile);
    try {
        util::replaceFile(dir.path() / "absent.tmp", util::pathFromUtf8(target));
        FAIL() << "replacing from a missing source must fail";
    } catch (const util::UserError& error) {
        EXPECT_NE(std::string(error.what()).find(target), std::string::npos) << error.what();
    }
}

TEST(FileLock, ExcludesASecondHolderUntilReleased) {
    TempDir dir;
    const fs::path path = util::pathFromUtf8(utf8(dir, kCologneFile + ".lock"));
    {
        auto first = util::FileLock::tryLock(path);
        ASSERT_TRUE(first);
        EXPECT_TRUE(fs::exists(path));
        EXPECT_FALSE(util::FileLock::tryLock(path));
        // Moving the lock moves the ownership; the moved-from object releases nothing.
        util::FileLock moved = std::move(*first);
        first.reset();
        EXPECT_FALSE(util::FileLock::tryLock(path));
        EXPECT_EQ(moved.path(), path);
    }
    EXPECT_TRUE(util::FileLock::tryLock(path));
    EXPECT_TRUE(fs::exists(path)) << "the lock file stays for the next holder";
}

TEST(FileLock, UnopenableFileIsAUserError) {
    TempDir dir;
    EXPECT_THROW((void)util::FileLock::tryLock(dir.path() / "no" / "such" / "folder.lock"),
                 util::UserError);
}

#ifndef _WIN32
TEST(FileLock, ExcludesAnotherProcess) {
    TempDir dir;
    const fs::path path = dir.path() / "shared.lock";
    auto held = util::FileLock::tryLock(path);
    ASSERT_TRUE(held);
    // The child reports through its exit status: 0 if it could not take the lock (correct).
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) _exit(util::FileLock::tryLock(path) ? 1 : 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}
#endif

TEST(UnicodePaths, AtomicWriterAndCsvRoundTrip) {
    TempDir dir;
    fs::create_directories(util::pathFromUtf8(utf8(dir, kGreek)));
    const std::string csv = utf8(dir, kGreek + "/" + kCjk + ".csv");
    {
        exchange::CsvWriter writer(csv);
        writer.writeRow({"sku", "name"});
        writer.writeRow({"A-1", kCologneFolder});
        writer.commit();
    }
    EXPECT_EQ(namesIn(util::pathFromUtf8(utf8(dir, kGreek))), std::set<std::string>{kCjk + ".csv"});
    auto reader = exchange::CsvReader::openFile(csv, {',', exchange::TextEncoding::Utf8});
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"sku", "name"}));
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"A-1", kCologneFolder}));
    // SHA-256 of the file read through its UTF-8 name equals that of its bytes.
    EXPECT_EQ(util::sha256OfFile(csv),
              util::sha256OfText("sku,name\r\nA-1," + kCologneFolder + "\r\n"));
}

TEST(UnicodePaths, Sha256OfAFileWithACjkName) {
    TempDir dir;
    const std::string file = utf8(dir, kCjk + ".txt");
    writeAll(util::pathFromUtf8(file), "abc");
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    EXPECT_EQ(util::sha256OfFile(file),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(UnicodePaths, WorkspaceCreateOpenAndBackup) {
    TempDir dir;
    fs::create_directories(util::pathFromUtf8(utf8(dir, kCologneFolder)));
    const std::string path = utf8(dir, kCologneFolder + "/" + kCologneFile);
    const std::string backup = utf8(dir, kCologneFolder + "/" + kGreek + ".stdb");
    {
        auto workspace = store::Workspace::create(path);
        workspace->backupTo(backup);
    }
    EXPECT_EQ(namesIn(util::pathFromUtf8(utf8(dir, kCologneFolder))).count(kCologneFile), 1u);
    auto reopened = store::Workspace::open(path);
    EXPECT_FALSE(reopened->isReadOnly());
    auto copy = store::Workspace::open(backup, store::Workspace::Access::ReadOnly);
    EXPECT_TRUE(copy->isReadOnly());
    // Opening a name that differs in one character is not the same file.
    EXPECT_THROW(store::Workspace::open(utf8(dir, kCologneFolder + "/u \xE2\x82\xAC.stdb")),
                 util::UserError);
}
