// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "animationframerenderer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Atlas {

class AtlasDocument;

// What File > Export Animation and `coalition-atlas --export-animation` ask for.
struct AnimationExportOptions
{
    // OUT.mp4 (H.264), OUT.webm (VP9, else VP8), or a folder (a name ending in "/", or an
    // existing folder) for a numbered PNG sequence frame-0001.png, frame-0002.png…
    QString output;
    AnimationSettings settings;
    int framesPerSecond = 10;
};

/*
 * Writes an animation: the frames of an AnimationFrameRenderer, encoded through Qt Multimedia
 * (QVideoFrameInput -> QMediaCaptureSession -> QMediaRecorder, the FFmpeg backend; no ffmpeg
 * program) or saved as PNGs. Runs on the event loop it is started from, one frame per turn, so
 * a dialog stays responsive and Cancel works; run() is the blocking form the command line uses.
 *
 * Nothing half-written is left: a video is recorded into a hidden temporary file beside the
 * target and renamed over it when the recorder has finished; PNGs go into a temporary folder
 * beside the target folder, renamed into place at the end. On failure or cancel the temporary
 * file or folder is removed and an existing target stays as it was. The document is only read.
 */
class AnimationExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Mp4, WebM, PngSequence };
    Q_ENUM(Format)

    AnimationExporter(const AtlasDocument &document, const AnimationExportOptions &options, QObject *parent = nullptr);
    ~AnimationExporter() override;

    // The format the output's name asks for; nullopt for an unknown suffix.
    static std::optional<Format> formatOf(const QString &output);
    // The video formats this system's Qt Multimedia can encode, e.g. "MP4 (H.264)", "WebM (VP9)".
    static QStringList availableVideoFormats();
    // Empty when `format` can be written here; else why not, naming what can.
    static QString unavailableReason(Format format);
    // Everything checked before the first frame: output, format, codec, schedule, size, fps.
    // Empty when fine.
    static QString check(const AnimationExportOptions &options);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int frameCount() const;
    QString writtenPath() const { return m_writtenPath; } // after success: the file or folder

    // Exports and waits (runs an event loop); `progress` is called after each frame.
    static bool run(const AtlasDocument &document, const AnimationExportOptions &options, QString *errorMessage,
                    const std::function<void(int done, int total)> &progress = {});

Q_SIGNALS:
    void progress(int done, int total);
    // `message` says why it failed or was cancelled; empty on success.
    void finished(bool ok, const QString &message);

private:
    struct Video;

    void startVideo();
    void sendFrames();
    void videoStopped();
    void startPngs();
    void writeNextPng();
    void finish(bool ok, const QString &message);
    void removeTemporary();

    const AtlasDocument &m_document;
    AnimationExportOptions m_options;
    Format m_format = Format::Mp4;
    std::unique_ptr<AnimationFrameRenderer> m_renderer;
    std::unique_ptr<Video> m_video;
    QString m_target;        // the file or folder asked for, absolute
    QString m_temporary;     // the file or folder written to until the end
    QString m_writtenPath;
    int m_nextFrame = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopping = false;
    QString m_failure;
};

} // namespace Atlas
