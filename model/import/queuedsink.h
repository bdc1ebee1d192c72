// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsink.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace Atlas {

/*
 * An ImportSink that hands its records, in order, to another sink on a thread of its own, so
 * that reading and building records (the importer, on the caller's thread) and writing them
 * (SQLite, behind the target) use both cores. Records travel in batches through a queue of a
 * few batches, so memory stays bounded and a slow writer holds the importer back. Once the
 * target refuses a record, every later add returns false and the import stops, as it would
 * with the target itself. The target must not be used by anyone else until finish() returned.
 */
class QueuedSink : public ImportSink
{
public:
    explicit QueuedSink(ImportSink &target);
    ~QueuedSink() override; // finishes, if finish() was not called
    QueuedSink(const QueuedSink &) = delete;
    QueuedSink &operator=(const QueuedSink &) = delete;

    bool addSource(const Source &source) override { return add(source); }
    bool addActor(const Actor &actor) override { return add(actor); }
    bool addPlace(const Place &place) override { return add(place); }
    bool addEvent(const Event &event) override { return add(event); }

    // Waits until the target has taken every record; false when it refused one.
    bool finish();

private:
    using Record = std::variant<Source, Actor, Place, Event>;
    using Batch = std::vector<Record>;
    static constexpr std::size_t BatchSize = 256;
    static constexpr std::size_t QueuedBatches = 8;

    template<typename T>
    bool add(const T &record)
    {
        if (m_failed)
            return false;
        m_batch.emplace_back(record);
        if (m_batch.size() >= BatchSize)
            push();
        return !m_failed;
    }
    void push();
    void write();

    ImportSink &m_target;
    Batch m_batch;                 // filled by the caller's thread
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;     // guarded by m_mutex
    bool m_closed = false;         // guarded: no more batches will come
    std::atomic<bool> m_failed = false; // the target refused a record; written under m_mutex
    std::thread m_writer;
};

} // namespace Atlas
