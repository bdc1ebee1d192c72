// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbackschedule.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace Atlas {

class AtlasDocument;
class PlaybackClock;

/*
 * The player bar: play and pause, step back and forward, a position slider with the window's
 * date, the speed, loop, the window length (week, month, quarter, year or a custom number of
 * days) and the mode (a moving window, or everything up to now). It owns a PlaybackClock that
 * drives the document's FilterCriteria, over the range of the dataset's events; every view
 * follows the filter, so the bar talks to no view. Its actions carry the keyboard shortcuts
 * (the main window puts them in View > Playback); the step arrows and icons mirror in a
 * right-to-left layout. Hiding the bar pauses it. Owns its widgets and the clock.
 */
class PlayerBar : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerBar(AtlasDocument *document, QWidget *parent = nullptr);

    PlaybackClock *clock() const { return m_clock; }
    QAction *playAction() const { return m_play; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *stepForwardAction() const { return m_stepForward; }
    QAction *loopAction() const { return m_loop; }
    QList<QAction *> playbackActions() const;

    // The schedule the bar's choices make, over the dataset's events.
    PlaybackSchedule schedule() const;
    // Chosen in the bar, for tests and the animation dialog's defaults.
    TimeSpan windowLength() const;
    PlaybackSchedule::Mode mode() const;
    void setWindowLength(TimeSpan span);
    void setMode(PlaybackSchedule::Mode mode);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildSchedule();
    void showPosition();
    void showPlaying();
    void updateIcons();
    void updateShortcuts();
    void retranslate();

    AtlasDocument *m_document;
    PlaybackClock *m_clock;
    QAction *m_play;
    QAction *m_stepBack;
    QAction *m_stepForward;
    QAction *m_loop;
    QToolButton *m_playButton;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_loopButton;
    QSlider *m_slider;
    QLabel *m_stamp;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QSpinBox *m_customDays;
    QComboBox *m_mode;
    bool m_updating = false;
};

} // namespace Atlas
