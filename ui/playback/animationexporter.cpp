// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationexporter.h"

#include "atlasdocument.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoFrameInput>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr int MaximumFramesPerSecond = 120;
constexpr int MinimumSide = 64;
constexpr int MaximumWidth = 7680;
constexpr int MaximumHeight = 4320;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The codec a WebM gets: VP9 where the system has it, else VP8, else AV1.
std::optional<QMediaFormat::VideoCodec> webmCodec()
{
    QMediaFormat webm(QMediaFormat::WebM);
    const QList<QMediaFormat::VideoCodec> codecs = webm.supportedVideoCodecs(QMediaFormat::Encode);
    for (QMediaFormat::VideoCodec codec : {QMediaFormat::VideoCodec::VP9, QMediaFormat::VideoCodec::VP8,
                                           QMediaFormat::VideoCodec::AV1}) {
        if (codecs.contains(codec))
            return codec;
    }
    return std::nullopt;
}

bool canEncodeMp4()
{
    QMediaFormat mp4(QMediaFormat::MPEG4);
    return mp4.supportedVideoCodecs(QMediaFormat::Encode).contains(QMediaFormat::VideoCodec::H264);
}

QString codecName(QMediaFormat::VideoCodec codec)
{
    return QMediaFormat::videoCodecName(codec);
}

// A folder's name without the trailing separator: "out/frames/" -> "…/out/frames".
QString cleanTarget(const QString &output)
{
    return QDir::cleanPath(QFileInfo(output).absoluteFilePath());
}

// Moves `from` over `to` in one step: a file over a file, a folder over an empty folder.
bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

struct AnimationExporter::Video
{
    QMediaCaptureSession session;
    QMediaRecorder recorder;
    std::unique_ptr<QVideoFrameInput> input;
    QVideoFrame pending;          // rendered, not yet taken by the input
    bool sendScheduled = false;
    bool endSent = false;
};

AnimationExporter::AnimationExporter(const AtlasDocument &document, const AnimationExportOptions &options,
                                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_options(options)
{
    // Encoders take even sides (4:2:0 chroma); a PNG sequence gets the same frames.
    QSize &size = m_options.settings.size;
    size = QSize(size.width() & ~1, size.height() & ~1);
}

AnimationExporter::~AnimationExporter()
{
    if (m_running) { // destroyed mid-way: leave nothing behind
        m_cancelled = true;
        m_video.reset();
        removeTemporary();
    }
}

std::optional<AnimationExporter::Format> AnimationExporter::formatOf(const QString &output)
{
    if (output.isEmpty())
        return std::nullopt;
    if (output.endsWith(u'/') || output.endsWith(QDir::separator()) || QFileInfo(output).isDir())
        return Format::PngSequence;
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix == u"mp4"_s)
        return Format::Mp4;
    if (suffix == u"webm"_s)
        return Format::WebM;
    return std::nullopt;
}

QStringList AnimationExporter::availableVideoFormats()
{
    QStringList formats;
    if (canEncodeMp4())
        formats.append(tr("MP4 (H.264)"));
    if (const std::optional<QMediaFormat::VideoCodec> codec = webmCodec())
        formats.append(tr("WebM (%1)").arg(codecName(*codec)));
    return formats;
}

QString AnimationExporter::unavailableReason(Format format)
{
    const QStringList available = availableVideoFormats();
    const QString others = available.isEmpty()
        ? tr("this system's Qt Multimedia encodes no video at all; a folder of PNG frames can still be written")
        : tr("this system can write %1, or a folder of PNG frames").arg(available.join(u", "_s));
    switch (format) {
    case Format::PngSequence:
        return QString();
    case Format::Mp4:
        return canEncodeMp4() ? QString() : tr("Cannot encode MP4 with H.264 here: %1.").arg(others);
    case Format::WebM:
        return webmCodec() ? QString() : tr("Cannot encode WebM (VP9, VP8 or AV1) here: %1.").arg(others);
    }
    return QString();
}

QString AnimationExporter::check(const AnimationExportOptions &options)
{
    if (options.output.isEmpty())
        return tr("No output given for the animation: name a .mp4 or .webm file, or a folder for PNG frames.");
    const std::optional<Format> format = formatOf(options.output);
    if (!format) {
        const QStringList available = availableVideoFormats();
        return tr("Cannot tell what to write from \"%1\": name a .mp4 or .webm file, or a folder ending in / for "
                  "numbered PNG frames. Video formats this system can write: %2.")
            .arg(native(options.output), available.isEmpty() ? tr("none") : available.join(u", "_s));
    }
    if (const QString reason = unavailableReason(*format); !reason.isEmpty())
        return reason;
    if (options.framesPerSecond <= 0 || options.framesPerSecond > MaximumFramesPerSecond)
        return tr("The frame rate must be from 1 to %1 frames a second, not %2.")
            .arg(MaximumFramesPerSecond)
            .arg(options.framesPerSecond);
    const QSize size = options.settings.size;
    if (size.width() < MinimumSide || size.height() < MinimumSide || size.width() > MaximumWidth
        || size.height() > MaximumHeight)
        return tr("The animation's size %1×%2 is outside %3×%3 to %4×%5 pixels.")
            .arg(size.width())
            .arg(size.height())
            .arg(MinimumSide)
            .arg(MaximumWidth)
            .arg(MaximumHeight);
    if (const QString problem = options.settings.schedule.problem(); !problem.isEmpty())
        return problem;

    const QString target = cleanTarget(options.output);
    const QFileInfo info(target);
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return tr("Cannot write %1: the folder %2 does not exist.").arg(native(target), native(parent.filePath()));
    if (!parent.isWritable())
        return tr("Cannot write %1: the folder %2 is not writable.").arg(native(target), native(parent.filePath()));
    if (*format == Format::PngSequence) {
        if (info.exists() && !info.isDir())
            return tr("Cannot write PNG frames into %1: it is a file, not a folder.").arg(native(target));
        if (info.isDir() && !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return tr("The folder %1 already holds files: choose a new or empty folder for the frames.").arg(native(target));
    } else {
        if (info.isDir())
            return tr("Cannot write the video to %1: it is a folder.").arg(native(target));
        if (info.exists() && !info.isWritable())
            return tr("Cannot write %1: the file is read-only.").arg(native(target));
    }
    return QString();
}

int AnimationExporter::frameCount() const
{
    return m_options.settings.schedule.frameCount();
}

void AnimationExporter::start()
{
    if (m_running)
        return;
    m_cancelled = false;
    m_stopping = false;
    m_failure.clear();
    m_writtenPath.clear();
    m_nextFrame = 0;
    if (const QString problem = check(m_options); !problem.isEmpty()) {
        m_running = true;
        QTimer::singleShot(0, this, [this, problem] { finish(false, problem); });
        return;
    }
    m_running = true;
    m_format = *formatOf(m_options.output);
    m_target = cleanTarget(m_options.output);
    m_renderer = std::make_unique<AnimationFrameRenderer>(m_document, m_options.settings);
    if (m_format == Format::PngSequence)
        startPngs();
    else
        startVideo();
}

void AnimationExporter::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_video && !m_stopping) {
        m_stopping = true;
        m_video->recorder.stop(); // videoStopped() removes the file
    }
}

void AnimationExporter::startVideo()
{
    const QFileInfo target(m_target);
    const QString suffix = m_format == Format::Mp4 ? u"mp4"_s : u"webm"_s;
    {
        // Reserves a unique hidden name beside the target; the recorder writes over it.
        QTemporaryFile reserve(target.dir().filePath(u".%1-XXXXXX.part.%2"_s.arg(target.completeBaseName(), suffix)));
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            QTimer::singleShot(0, this, [this, error = reserve.errorString()] {
                finish(false, tr("Cannot write the video beside %1: %2").arg(native(m_target), error));
            });
            return;
        }
        m_temporary = reserve.fileName();
    }

    m_video = std::make_unique<Video>();
    Video &video = *m_video;
    QMediaFormat mediaFormat(m_format == Format::Mp4 ? QMediaFormat::MPEG4 : QMediaFormat::WebM);
    mediaFormat.setVideoCodec(m_format == Format::Mp4 ? QMediaFormat::VideoCodec::H264 : *webmCodec());
    video.recorder.setMediaFormat(mediaFormat);
    video.recorder.setVideoResolution(m_options.settings.size);
    video.recorder.setVideoFrameRate(m_options.framesPerSecond);
    video.recorder.setQuality(QMediaRecorder::HighQuality);
    video.recorder.setEncodingMode(QMediaRecorder::ConstantQualityEncoding);
    video.recorder.setOutputLocation(QUrl::fromLocalFile(m_temporary));
    video.recorder.setAutoStop(true); // stops once the input has sent its end (an empty frame)

    // The first frame tells the input its pixel format.
    video.pending = QVideoFrame(m_renderer->render(0));
    QVideoFrameFormat format = video.pending.surfaceFormat();
    format.setStreamFrameRate(m_options.framesPerSecond);
    video.input = std::make_unique<QVideoFrameInput>(format);
    video.session.setVideoFrameInput(video.input.get());
    video.session.setRecorder(&video.recorder);

    connect(video.input.get(), &QVideoFrameInput::readyToSendVideoFrame, this, [this] {
        if (m_video && !m_video->sendScheduled) {
            m_video->sendScheduled = true;
            QTimer::singleShot(0, this, &AnimationExporter::sendFrames);
        }
    });
    connect(&video.recorder, &QMediaRecorder::errorOccurred, this, [this](QMediaRecorder::Error, const QString &text) {
        if (m_failure.isEmpty())
            m_failure = text.isEmpty() ? tr("the encoder failed") : text;
        if (m_video && m_video->recorder.recorderState() == QMediaRecorder::StoppedState)
            QTimer::singleShot(0, this, &AnimationExporter::videoStopped);
    });
    connect(&video.recorder, &QMediaRecorder::recorderStateChanged, this, [this](QMediaRecorder::RecorderState state) {
        if (state == QMediaRecorder::StoppedState)
            QTimer::singleShot(0, this, &AnimationExporter::videoStopped);
    });
    video.recorder.record();
}

void AnimationExporter::sendFrames()
{
    if (!m_video || !m_running)
        return;
    Video &video = *m_video;
    video.sendScheduled = false;
    if (m_cancelled || m_stopping || video.endSent)
        return;
    const int count = frameCount();
    if (m_nextFrame < count) {
        if (!video.pending.isValid())
            video.pending = QVideoFrame(m_renderer->render(m_nextFrame));
        const qint64 frameMicroseconds = 1000000 / m_options.framesPerSecond;
        video.pending.setStartTime(m_nextFrame * frameMicroseconds);
        video.pending.setEndTime((m_nextFrame + 1) * frameMicroseconds);
        if (!video.input->sendVideoFrame(video.pending))
            return; // the encoder's queue is full: readyToSendVideoFrame comes back
        video.pending = QVideoFrame();
        ++m_nextFrame;
        Q_EMIT progress(m_nextFrame, count);
    }
    if (m_nextFrame >= count) {
        // An empty frame ends the stream; with autoStop the recorder then finishes the file.
        if (video.input->sendVideoFrame(QVideoFrame()))
            video.endSent = true;
        else
            return;
        m_stopping = true;
        return;
    }
    // One frame per turn of the event loop, so that Cancel and repaints get through.
    video.sendScheduled = true;
    QTimer::singleShot(0, this, &AnimationExporter::sendFrames);
}

void AnimationExporter::videoStopped()
{
    if (!m_running || !m_video)
        return;
    if (m_video->recorder.recorderState() != QMediaRecorder::StoppedState)
        return;
    const QString actual = m_video->recorder.actualLocation().toLocalFile();
    if (!actual.isEmpty() && actual != m_temporary) { // the recorder named the file itself
        QFile::remove(m_temporary);
        m_temporary = actual;
    }
    m_video.reset();
    if (m_cancelled) {
        removeTemporary();
        finish(false, tr("The export was cancelled; nothing was written."));
        return;
    }
    if (!m_failure.isEmpty() || m_nextFrame < frameCount()) {
        removeTemporary();
        finish(false, tr("Cannot write the video %1: %2").arg(native(m_target),
                                                               m_failure.isEmpty() ? tr("the recorder stopped early") : m_failure));
        return;
    }
    if (QFileInfo(m_temporary).size() <= 0 || !renameOver(m_temporary, m_target)) {
        removeTemporary();
        finish(false, tr("Cannot put the video in place at %1.").arg(native(m_target)));
        return;
    }
    m_writtenPath = m_target;
    finish(true, QString());
}

void AnimationExporter::startPngs()
{
    const QFileInfo target(m_target);
    QTemporaryDir folder(target.dir().filePath(u".%1-XXXXXX.part"_s.arg(target.fileName())));
    if (!folder.isValid()) {
        QTimer::singleShot(0, this, [this, error = folder.errorString()] {
            finish(false, tr("Cannot write the frames beside %1: %2").arg(native(m_target), error));
        });
        return;
    }
    folder.setAutoRemove(false);
    m_temporary = folder.path();
    QTimer::singleShot(0, this, &AnimationExporter::writeNextPng);
}

void AnimationExporter::writeNextPng()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        removeTemporary();
        finish(false, tr("The export was cancelled; nothing was written."));
        return;
    }
    const int count = frameCount();
    if (m_nextFrame < count) {
        const int digits = std::max(4, int(QString::number(count).size()));
        const QString name = u"frame-%1.png"_s.arg(m_nextFrame + 1, digits, 10, QChar(u'0'));
        const QString path = QDir(m_temporary).filePath(name);
        if (!m_renderer->render(m_nextFrame).save(path, "PNG")) {
            removeTemporary();
            finish(false, tr("Cannot write the frame %1 into %2.").arg(name, native(m_target)));
            return;
        }
        ++m_nextFrame;
        Q_EMIT progress(m_nextFrame, count);
        QTimer::singleShot(0, this, &AnimationExporter::writeNextPng);
        return;
    }
    // An empty target folder is replaced in one rename; a missing one is simply created so.
    if (QFileInfo(m_target).isDir() && !QDir(m_target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        removeTemporary();
        finish(false, tr("The folder %1 filled up while the frames were written; they were not put there.")
                          .arg(native(m_target)));
        return;
    }
    if (!renameOver(m_temporary, m_target)) {
        removeTemporary();
        finish(false, tr("Cannot put the frames in place at %1.").arg(native(m_target)));
        return;
    }
    m_writtenPath = m_target;
    finish(true, QString());
}

void AnimationExporter::removeTemporary()
{
    if (m_temporary.isEmpty())
        return;
    const QFileInfo info(m_temporary);
    if (info.isDir())
        QDir(m_temporary).removeRecursively();
    else if (info.exists())
        QFile::remove(m_temporary);
    m_temporary.clear();
}

void AnimationExporter::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_temporary.clear();
    m_renderer.reset();
    Q_EMIT finished(ok, message);
}

bool AnimationExporter::run(const AtlasDocument &document, const AnimationExportOptions &options, QString *errorMessage,
                            const std::function<void(int, int)> &progress)
{
    AnimationExporter exporter(document, options);
    QEventLoop loop;
    bool result = false;
    QString message;
    connect(&exporter, &AnimationExporter::finished, &loop, [&](bool ok, const QString &text) {
        result = ok;
        message = text;
        loop.quit();
    });
    if (progress)
        connect(&exporter, &AnimationExporter::progress, &loop, progress);
    exporter.start();
    if (exporter.isRunning())
        loop.exec();
    if (!result && errorMessage)
        *errorMessage = message;
    return result;
}

} // namespace Atlas
