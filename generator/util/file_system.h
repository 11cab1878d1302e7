#pragma once
// Content is read through this interface, rooted at the site folder, so the
// loaders can be tested on an in-memory site and so that nothing outside the
// site folder is ever read (a symbolic link leading out is refused).
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cxo {

// BrokenLink: a symbolic link whose target does not exist; reading it is an
// error rather than a silently missing file.
enum class EntryType { Missing, File, Directory, BrokenLink, Other };

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Paths are '/'-separated and relative to the root ("content/topics.yaml").
  virtual EntryType type(const std::string& path) const = 0;
  // Fills `contents`; on failure returns false and says why in `error`.
  virtual bool read(const std::string& path, std::string& contents, std::string& error) const = 0;
  // Names of the entries of a folder, sorted bytewise.
  virtual std::vector<std::string> list(const std::string& path) const = 0;
  // The same as read(), for files published as they are, which may be too
  // large to hold (a folder of photos, the PDFs of every communiqué): hands
  // the bytes to `piece` in order, a part at a time, and stops early when
  // `piece` returns false. Fails as read() does.
  using Piece = std::function<bool(std::string_view)>;
  virtual bool read_in_pieces(const std::string& path, const Piece& piece,
                              std::string& error) const;
};

// What a path looked like when a build first touched it: enough for the
// next build to tell by stat() alone that nothing it read has changed
// (pipeline/input_record.h). kind: 'f' file, 'd' folder, '-' missing, 'l' broken
// symbolic link, 'o' other.
//
// File times come from a clock that ticks every few milliseconds, so a file
// changed twice within one tick may keep its time; a stamp whose time is that
// close to the build's start also holds a hash of what was read (the file's
// bytes, or the folder's names), as git does for its "racily clean" files.
struct FileStamp {
  char kind = '-';
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::optional<std::size_t> racy_hash;
  bool operator==(const FileStamp&) const = default;
};
// The size and time of a path whose kind alone was asked for.
inline constexpr std::int64_t kKindOnly = -1;

// What any reader of the site says of an entry that is a symbolic link
// leading outside the site folder (EntryType::Other).
inline constexpr const char* kOutsideSiteMessage =
    "symbolic link leads outside the site folder; content is read only from inside it";
FileStamp stamp_of(const std::string& full_path);  // follows symbolic links
// What a folder's racy hash is taken of.
std::string joined_names(const std::vector<std::string>& names);
std::int64_t now_ns();  // the clock file times come from

// The real disk under `root`. A path whose real location (after following
// symbolic links) is outside root reads as an error, never as content.
class DiskFileSystem : public FileSystem {
 public:
  explicit DiskFileSystem(std::string root);
  EntryType type(const std::string& path) const override;
  bool read(const std::string& path, std::string& contents, std::string& error) const override;
  std::vector<std::string> list(const std::string& path) const override;
  bool read_in_pieces(const std::string& path, const Piece& piece,
                      std::string& error) const override;
  // True when `path` exists but resolves outside the root.
  bool escapes_root(const std::string& path) const;
  const std::string& root() const { return root_; }
  // Every path type(), read() or list() was asked for, as first seen.
  std::map<std::string, FileStamp> stamps() const;

 private:
  std::string full(const std::string& path) const;
  // A file opened to read, with its stamp; or -1, with why it cannot be read.
  int open_file(const std::string& path, FileStamp& stamp, std::string& error) const;
  bool is_racy(const FileStamp& stamp) const;
  void remember(const std::string& path, const FileStamp& stamp) const;
  bool link_leaves_root(const std::string& path) const;
  std::string root_;       // as given
  std::string real_root_;  // canonical
  // Entries that are no symbolic link and have none on their way from the
  // root, so that each is checked once, not once per file below it or per
  // look at the file.
  mutable std::mutex mutex_;
  mutable std::set<std::string, std::less<>> plain_entries_;
  mutable std::map<std::string, FileStamp> stamps_;
  std::int64_t start_ns_ = 0;
};

// Files held in memory, for tests. Folders exist implicitly.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string contents);
  EntryType type(const std::string& path) const override;
  bool read(const std::string& path, std::string& contents, std::string& error) const override;
  std::vector<std::string> list(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// Fills all of `buffer` from `fd`; false when the file ends or fails first.
bool read_exactly(int fd, std::string& buffer);

// The size and hash_bytes (util/hash.h) of the file at `full_path`, read a
// part at a time, as any file may be one too large to hold; false when it
// cannot be read.
bool hash_file(const std::string& full_path, std::size_t& size, std::size_t& hash);

std::string join_path(const std::string& folder, const std::string& name);

}  // namespace cxo
