#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace homeward {

// Reads a file on a worker thread while the calling thread writes what was
// read: an import checks each row (parsing, names, dates) on one core while
// the database stores the rows before it on the other. Rows come to the
// caller in file order, in batches; at most kMaxBatches wait, so a large file
// is never held in memory. The caller's thread alone touches the database
// and the progress callback.
//
// The reader function runs on the worker: it gets `push` (hand one row;
// false when the caller cancelled: stop reading) and `progress` (bytes read
// so far; false likewise). Whatever else it produces (an outcome, problems)
// it keeps in variables the caller reads after finish(). `Mark` is what the
// reader's progress reports (bytes read, or a struct); each batch carries
// the last one reported before it.
template <typename Row, typename Mark = qint64>
class ReadAhead final {
public:
    using Push = std::function<bool(Row &&row)>;
    using Progress = std::function<bool(const Mark &mark)>;
    using Reader = std::function<void(const Push &push, const Progress &progress)>;

    static constexpr std::size_t kBatchRows = 256;
    static constexpr std::size_t kMaxBatches = 16;

    ReadAhead() = default;
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;
    ~ReadAhead()
    {
        cancel();
        finish();
    }

    void start(Reader reader)
    {
        m_thread = std::thread([this, reader = std::move(reader)] {
            const Push push = [this](Row &&row) {
                m_filling.push_back(std::move(row));
                return m_filling.size() < kBatchRows || hand();
            };
            const Progress progress = [this](const Mark &mark) {
                m_mark = mark;
                return !m_filling.empty() ? hand() : !cancelled();
            };
            reader(push, progress);
            hand();
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_changed.notify_all();
        });
    }

    // The next batch in file order with the last progress mark before it;
    // false when the reader has finished and every row was taken.
    bool take(std::vector<Row> &rows, Mark &mark)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return false;
        rows = std::move(m_ready.front().rows);
        mark = m_ready.front().mark;
        m_ready.pop_front();
        m_changed.notify_all();
        return true;
    }

    // Hands a taken batch back when done with it: its rows are destroyed on
    // the worker, where they were made. Freeing memory of another thread is
    // slower (the allocator locks the arena it came from), and so is the
    // last release of strings shared with it: a tenth of an import's time.
    void giveBack(std::vector<Row> &&rows)
    {
        std::lock_guard lock(m_mutex);
        if (!m_done)
            m_spent.push_back(std::move(rows));
        rows.clear();
    }

    // The reader stops at its next row or progress report.
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_ready.clear();
        m_changed.notify_all();
    }

    // Waits for the reader to return.
    void finish()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    // The reader's last progress mark (after finish()), which may follow the
    // last batch: a reader reports the end after its last row.
    const Mark &lastMark() const { return m_mark; }

private:
    struct Batch {
        std::vector<Row> rows;
        Mark mark{};
    };

    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

    // Worker: queues the rows read so far (waiting while the caller is
    // behind); false when cancelled.
    bool hand()
    {
        std::vector<std::vector<Row>> spent;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_cancelled || m_ready.size() < kMaxBatches; });
            if (m_cancelled)
                return false;
            if (!m_filling.empty()) {
                m_ready.push_back(Batch{std::move(m_filling), m_mark});
                m_filling.clear();
                m_filling.reserve(kBatchRows);
                m_changed.notify_all();
            }
            spent.swap(m_spent);
        }
        return true; // `spent` is destroyed here, on the worker, outside the lock
    }

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;              // guarded by m_mutex
    std::vector<std::vector<Row>> m_spent; // guarded by m_mutex
    bool m_done = false;       // guarded by m_mutex
    bool m_cancelled = false;  // guarded by m_mutex
    // The worker's own.
    std::vector<Row> m_filling;
    Mark m_mark{};
};

} // namespace homeward
