// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerbar.h"

#include "animationframerenderer.h"
#include "atlasdocument.h"
#include "filtercriteria.h"
#include "localization.h"
#include "playbackclock.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

enum class Glyph { Play, Pause, StepBack, StepForward, Loop };

// The transport glyphs, drawn rather than taken from the style so they mirror with the layout:
// in a right-to-left bar "play" and "forward" point left, the way time runs there.
QIcon glyphIcon(Glyph glyph, Qt::LayoutDirection direction, const QColor &color)
{
    const int side = 64;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const auto triangle = [&painter](double left, double right) {
            QPainterPath path;
            path.moveTo(left, 14);
            path.lineTo(right, 32);
            path.lineTo(left, 50);
            path.closeSubpath();
            painter.drawPath(path);
        };
        switch (glyph) {
        case Glyph::Play: triangle(18, 50); break;
        case Glyph::Pause:
            painter.drawRect(QRectF(18, 14, 10, 36));
            painter.drawRect(QRectF(36, 14, 10, 36));
            break;
        case Glyph::StepForward:
            triangle(14, 42);
            painter.drawRect(QRectF(44, 14, 7, 36));
            break;
        case Glyph::StepBack:
            painter.drawRect(QRectF(13, 14, 7, 36));
            triangle(50, 22);
            break;
        case Glyph::Loop: {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(color, 6, Qt::SolidLine, Qt::FlatCap));
            painter.drawArc(QRectF(12, 14, 40, 36), 30 * 16, 300 * 16);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            QPainterPath head;
            head.moveTo(52, 10);
            head.lineTo(54, 30);
            head.lineTo(36, 22);
            head.closeSubpath();
            painter.drawPath(head);
            break;
        }
        }
    }
    if (direction == Qt::RightToLeft && glyph != Glyph::Pause)
        image = image.mirrored(true, false);
    return QIcon(QPixmap::fromImage(image));
}

// Steps a second at 1×; the speed box multiplies it.
constexpr double BaseStepsPerSecond = 2.0;
constexpr double Speeds[] {0.5, 1, 2, 4, 8, 15};

} // namespace

PlayerBar::PlayerBar(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_clock(new PlaybackClock(this))
{
    setObjectName(u"playerBar"_s);
    m_clock->setTarget(document->filter());

    m_play = new QAction(this);
    m_play->setObjectName(u"playAction"_s);
    m_stepBack = new QAction(this);
    m_stepBack->setObjectName(u"stepBackAction"_s);
    m_stepForward = new QAction(this);
    m_stepForward->setObjectName(u"stepForwardAction"_s);
    m_loop = new QAction(this);
    m_loop->setObjectName(u"loopAction"_s);
    m_loop->setCheckable(true);
    m_loop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    connect(m_play, &QAction::triggered, m_clock, &PlaybackClock::togglePlaying);
    connect(m_stepBack, &QAction::triggered, m_clock, [this] {
        m_clock->pause();
        m_clock->stepBack();
    });
    connect(m_stepForward, &QAction::triggered, m_clock, [this] {
        m_clock->pause();
        m_clock->stepForward();
    });
    connect(m_loop, &QAction::toggled, m_clock, &PlaybackClock::setLoop);

    const auto button = [this](QAction *action, const QString &name) {
        auto *tool = new QToolButton(this);
        tool->setObjectName(name);
        tool->setDefaultAction(action);
        tool->setAutoRaise(true);
        tool->setIconSize(QSize(20, 20));
        return tool;
    };
    m_backButton = button(m_stepBack, u"stepBackButton"_s);
    m_playButton = button(m_play, u"playButton"_s);
    m_forwardButton = button(m_stepForward, u"stepForwardButton"_s);
    m_loopButton = button(m_loop, u"loopButton"_s);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(u"positionSlider"_s);
    m_slider->setMinimumWidth(160);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating)
            m_clock->setPosition(value);
    });
    m_stamp = new QLabel(this);
    m_stamp->setObjectName(u"windowStamp"_s);
    m_stamp->setMinimumWidth(fontMetrics().horizontalAdvance(u"00 September 0000 – 00 September 0000"_s));

    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(u"speedBox"_s);
    m_speedLabel->setBuddy(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_clock->setStepsPerSecond(BaseStepsPerSecond * m_speed->itemData(index).toDouble());
    });

    m_windowLabel = new QLabel(this);
    m_window = new QComboBox(this);
    m_window->setObjectName(u"windowBox"_s);
    m_windowLabel->setBuddy(m_window);
    m_customDays = new QSpinBox(this);
    m_customDays->setObjectName(u"customDays"_s);
    m_customDays->setRange(1, 3650);
    m_customDays->setValue(10);
    m_customDays->setVisible(false);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"modeBox"_s);
    const auto rebuild = [this] {
        m_customDays->setVisible(m_window->currentData().toInt() == int(TimeSpan::Unit::Day));
        if (!m_updating)
            rebuildSchedule();
    };
    connect(m_window, &QComboBox::currentIndexChanged, this, rebuild);
    connect(m_customDays, &QSpinBox::valueChanged, this, rebuild);
    connect(m_mode, &QComboBox::currentIndexChanged, this, rebuild);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);
    for (QWidget *widget : {static_cast<QWidget *>(m_backButton), static_cast<QWidget *>(m_playButton),
                            static_cast<QWidget *>(m_forwardButton), static_cast<QWidget *>(m_loopButton)})
        layout->addWidget(widget);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_stamp);
    layout->addSpacing(8);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);
    layout->addWidget(m_windowLabel);
    layout->addWidget(m_window);
    layout->addWidget(m_customDays);
    layout->addWidget(m_mode);

    connect(m_clock, &PlaybackClock::positionChanged, this, &PlayerBar::showPosition);
    connect(m_clock, &PlaybackClock::scheduleChanged, this, &PlayerBar::showPosition);
    connect(m_clock, &PlaybackClock::playingChanged, this, &PlayerBar::showPlaying);
    connect(document, &AtlasDocument::datasetChanged, this, [this] {
        if (isVisible())
            rebuildSchedule();
    });
    connect(document, &AtlasDocument::languageChanged, this, &PlayerBar::showPosition);
    const auto followDigits = [this] {
        m_customDays->setLocale(Localization::numberLocale(m_document->formatter().digits()));
    };
    followDigits();
    connect(document, &AtlasDocument::languageChanged, this, followDigits);

    retranslate();
    m_updating = true;
    m_speed->setCurrentIndex(1);
    m_window->setCurrentIndex(1); // a month
    m_updating = false;
    m_clock->setStepsPerSecond(BaseStepsPerSecond);
    updateIcons();
    updateShortcuts();
    for (QAction *action : playbackActions())
        action->setEnabled(false); // until the bar is shown
}

QList<QAction *> PlayerBar::playbackActions() const
{
    return {m_play, m_stepBack, m_stepForward, m_loop};
}

TimeSpan PlayerBar::windowLength() const
{
    const auto unit = TimeSpan::Unit(m_window->currentData().toInt());
    return TimeSpan {unit, unit == TimeSpan::Unit::Day ? m_customDays->value() : 1};
}

PlaybackSchedule::Mode PlayerBar::mode() const
{
    return PlaybackSchedule::Mode(m_mode->currentData().toInt());
}

void PlayerBar::setWindowLength(TimeSpan span)
{
    const int index = m_window->findData(int(span.unit == TimeSpan::Unit::Day || span.count != 1 ? TimeSpan::Unit::Day : span.unit));
    if (span.unit == TimeSpan::Unit::Day || span.count != 1) {
        const QDate start(2001, 1, 1); // a custom length is a number of days
        m_customDays->setValue(int(start.daysTo(span.advance(start))));
    }
    m_window->setCurrentIndex(index);
}

void PlayerBar::setMode(PlaybackSchedule::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

PlaybackSchedule PlayerBar::schedule() const
{
    const auto [first, last] = PlaybackSchedule::eventRange(m_document->dataset());
    const TimeSpan span = windowLength();
    return PlaybackSchedule(first, last, span, span, mode());
}

void PlayerBar::rebuildSchedule()
{
    const bool first = m_clock->frameCount() == 0;
    m_clock->setSchedule(schedule());
    if (first && m_clock->frameCount() > 0) {
        // Start where the researcher is: the frame holding the filter's window.
        const FilterState &state = m_document->filter()->state();
        const QDate anchor = mode() == PlaybackSchedule::Mode::Accumulate ? state.to() : state.from();
        m_clock->setPosition(anchor.isValid() ? m_clock->schedule().frameAt(anchor) : 0);
    }
    const bool playable = m_clock->frameCount() > 0;
    for (QAction *action : playbackActions())
        action->setEnabled(playable && isVisible());
    m_slider->setEnabled(playable);
    showPosition();
}

void PlayerBar::showPosition()
{
    m_updating = true;
    m_slider->setRange(0, std::max(0, m_clock->frameCount() - 1));
    m_slider->setValue(m_clock->position());
    m_updating = false;
    const PlaybackSchedule &schedule = m_clock->schedule();
    if (m_clock->frameCount() == 0) {
        m_stamp->setText(schedule.isValid() || !schedule.from().isValid() ? tr("No dated events") : schedule.problem());
        return;
    }
    m_stamp->setText(AnimationFrameRenderer::stampText(schedule, m_clock->position(), m_document->formatter()));
    m_slider->setToolTip(tr("Frame %1 of %2")
                             .arg(m_document->formatter().number(m_clock->position() + 1),
                                  m_document->formatter().number(m_clock->frameCount())));
}

void PlayerBar::showPlaying()
{
    const bool playing = m_clock->isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(tr("%1 (%2)").arg(m_play->text(), m_play->shortcut().toString(QKeySequence::NativeText)));
    updateIcons();
}

void PlayerBar::updateIcons()
{
    const Qt::LayoutDirection direction = layoutDirection();
    const QColor color = palette().color(QPalette::ButtonText);
    m_play->setIcon(glyphIcon(m_clock->isPlaying() ? Glyph::Pause : Glyph::Play, direction, color));
    m_stepBack->setIcon(glyphIcon(Glyph::StepBack, direction, color));
    m_stepForward->setIcon(glyphIcon(Glyph::StepForward, direction, color));
    m_loop->setIcon(glyphIcon(Glyph::Loop, direction, color));
}

void PlayerBar::updateShortcuts()
{
    // The arrow that points the way time runs steps forward: right in English, left in Arabic.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const Qt::Key later = rtl ? Qt::Key_Left : Qt::Key_Right;
    const Qt::Key earlier = rtl ? Qt::Key_Right : Qt::Key_Left;
    m_stepForward->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | later), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_stepBack->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | earlier), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    for (QAction *action : {m_stepBack, m_stepForward, m_loop})
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    showPlaying();
}

void PlayerBar::retranslate()
{
    m_updating = true;
    m_stepBack->setText(tr("Step Back"));
    m_stepForward->setText(tr("Step Forward"));
    m_loop->setText(tr("Loop"));
    m_speedLabel->setText(tr("Speed:"));
    m_windowLabel->setText(tr("Window:"));
    m_customDays->setSuffix(tr(" days"));

    const int speed = std::max(0, m_speed->currentIndex());
    m_speed->clear();
    for (double factor : Speeds)
        m_speed->addItem(tr("%1×", "playback speed").arg(QLocale().toString(factor)), factor);
    m_speed->setCurrentIndex(speed);

    const int window = std::max(0, m_window->currentIndex());
    m_window->clear();
    m_window->addItem(tr("Week"), int(TimeSpan::Unit::Week));
    m_window->addItem(tr("Month"), int(TimeSpan::Unit::Month));
    m_window->addItem(tr("Quarter"), int(TimeSpan::Unit::Quarter));
    m_window->addItem(tr("Year"), int(TimeSpan::Unit::Year));
    m_window->addItem(tr("Custom"), int(TimeSpan::Unit::Day));
    m_window->setCurrentIndex(window);

    const int mode = std::max(0, m_mode->currentIndex());
    m_mode->clear();
    m_mode->addItem(tr("Moving window"), int(PlaybackSchedule::Mode::MovingWindow));
    m_mode->addItem(tr("Everything up to now"), int(PlaybackSchedule::Mode::Accumulate));
    m_mode->setCurrentIndex(mode);
    m_updating = false;
    updateShortcuts();
    showPosition();
}

void PlayerBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::PaletteChange) {
        updateIcons();
        updateShortcuts();
    }
}

void PlayerBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuildSchedule();
}

void PlayerBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock->pause();
    for (QAction *action : playbackActions())
        action->setEnabled(false);
}

} // namespace Atlas
