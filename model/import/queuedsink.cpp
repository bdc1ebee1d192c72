// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuedsink.h"

#include "eventsearchindex.h"

namespace Atlas {

QueuedSink::QueuedSink(ImportSink &target, SearchText searchText) : m_target(target), m_searchText(searchText)
{
    m_batch.reserve(BatchSize);
    m_writer = std::thread([this] { write(); });
}

QueuedSink::~QueuedSink()
{
    finish();
}

bool QueuedSink::addActor(const Actor &actor)
{
    if (m_searchText == SearchText::Made && !m_actorNames.contains(actor.id))
        m_actorNames.insert(actor.id, actor.name);
    return add(actor);
}

bool QueuedSink::addPlace(const Place &place)
{
    if (m_searchText == SearchText::Made && !m_placeNames.contains(place.id))
        m_placeNames.insert(place.id, place.name);
    return add(place);
}

bool QueuedSink::addEvent(const Event &event)
{
    if (m_searchText == SearchText::Left)
        return add(event);
    const auto lookup = [](const QHash<QString, LocalizedText> &names) {
        return [&names](const QString &id) {
            const auto found = names.constFind(id);
            return found == names.constEnd() ? nullptr : &*found;
        };
    };
    return add(SearchableEvent{ event, EventSearchText::of(event, lookup(m_placeNames), lookup(m_actorNames)) });
}

void QueuedSink::push()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < QueuedBatches || m_failed; });
    if (!m_failed)
        m_queue.push_back(std::move(m_batch));
    m_batch = Batch();
    m_batch.reserve(BatchSize);
    lock.unlock();
    m_changed.notify_all();
}

void QueuedSink::write()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return; // closed, and everything written
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();

        bool ok = true;
        for (const Record &record : batch) {
            ok = std::visit(
                [this](const auto &item) {
                    using T = std::decay_t<decltype(item)>;
                    if constexpr (std::is_same_v<T, Source>)
                        return m_target.addSource(item);
                    else if constexpr (std::is_same_v<T, Actor>)
                        return m_target.addActor(item);
                    else if constexpr (std::is_same_v<T, Place>)
                        return m_target.addPlace(item);
                    else if constexpr (std::is_same_v<T, Event>)
                        return m_target.addEvent(item);
                    else
                        return m_target.addSearchableEvent(item.event, item.searchText);
                },
                record);
            if (!ok)
                break;
        }
        if (!ok) {
            lock.lock();
            m_failed = true;
            m_queue.clear();
            lock.unlock();
            m_changed.notify_all();
            return;
        }
    }
}

bool QueuedSink::finish()
{
    if (!m_writer.joinable())
        return !m_failed;
    if (!m_batch.empty())
        push();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    m_writer.join();
    return !m_failed;
}

} // namespace Atlas
