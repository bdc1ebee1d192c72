// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsink.h"

#include <QHash>

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
 * With SearchText::Made, each event's EventSearchText::of is made on the caller's thread (from the
 * names of the places and actors added before it) and handed on through addSearchableEvent(), so
 * that the writer's thread, the busier one in an import into a project, only inserts it.
 */
class QueuedSink : public ImportSink
{
public:
    enum class SearchText { Left, Made };
    explicit QueuedSink(ImportSink &target, SearchText searchText = SearchText::Left);
    ~QueuedSink() override; // finishes, if finish() was not called
    QueuedSink(const QueuedSink &) = delete;
    QueuedSink &operator=(const QueuedSink &) = delete;

    bool addSource(const Source &source) override { return add(source); }
    bool addActor(const Actor &actor) override;
    bool addPlace(const Place &place) override;
    bool addEvent(const Event &event) override;

    // Waits until the target has taken every record; false when it refused one.
    bool finish();

private:
    struct SearchableEvent
    {
        Event event;
        QString searchText;
    };
    using Record = std::variant<Source, Actor, Place, Event, SearchableEvent>;
    using Batch = std::vector<Record>;
    static constexpr std::size_t BatchSize = 256;
    static constexpr std::size_t QueuedBatches = 8;

    template<typename T>
    bool add(T &&record)
    {
        if (m_failed)
            return false;
        m_batch.emplace_back(std::forward<T>(record));
        if (m_batch.size() >= BatchSize)
            push();
        return !m_failed;
    }
    void push();
    void write();

    ImportSink &m_target;
    const SearchText m_searchText;
    // With SearchText::Made: the names the text is made of, by id, the first of an id kept (as
    // the project's UNIQUE ids and EventSearchIndex::Writer keep it). The caller's thread only.
    QHash<QString, LocalizedText> m_placeNames;
    QHash<QString, LocalizedText> m_actorNames;
    Batch m_batch;                 // filled by the caller's thread
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;     // guarded by m_mutex
    bool m_closed = false;         // guarded: no more batches will come
    std::atomic<bool> m_failed = false; // the target refused a record; written under m_mutex
    std::thread m_writer;
};

} // namespace Atlas
