/**
 * 拍照 from a camera where the machine has one (getUserMedia video → one frame as JPEG).
 * Hidden when no camera is listed; a refused permission says so and points to the files.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../errors/errorMessage';

async function hasCamera(): Promise<boolean> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (media?.enumerateDevices === undefined || media.getUserMedia === undefined) return false;
  const devices = await media.enumerateDevices();
  return devices.some((d) => d.kind === 'videoinput');
}

function stop(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

export function CameraCapture({ onCapture }: { onCapture: (file: File) => void }) {
  const { t } = useTranslation();
  const [available, setAvailable] = useState(false);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    let live = true;
    void hasCamera()
      .then((yes) => live && setAvailable(yes))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !stream) return undefined;
    video.srcObject = stream;
    void video.play().catch(() => undefined);
    // Leaving the screen must switch the camera (and its light) off.
    return () => stop(stream);
  }, [stream]);

  if (!available) return null;

  const open = async () => {
    setError(null);
    try {
      setStream(
        await navigator.mediaDevices.getUserMedia({
          video: { width: { ideal: 1920 } },
          audio: false,
        }),
      );
    } catch (e) {
      const denied =
        e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError');
      setError(
        denied
          ? t('evidence.photos.cameraDenied')
          : t('evidence.photos.cameraFailed', { message: errorMessage(t, e) }),
      );
    }
  };

  const shoot = () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        const time = new Date().toISOString();
        onCapture(
          new File([blob], `camera-${time.replace(/[:.]/g, '-')}.jpg`, {
            type: 'image/jpeg',
            lastModified: Date.parse(time),
          }),
        );
        setStream(null);
      },
      'image/jpeg',
      0.92,
    );
  };

  return (
    <div className="camera">
      {stream ? (
        <>
          <video ref={videoRef} muted playsInline aria-label={t('evidence.photos.cameraPreview')} />
          <div className="form-actions">
            <button type="button" className="primary" onClick={shoot}>
              {t('evidence.photos.cameraShoot')}
            </button>
            <button type="button" onClick={() => setStream(null)}>
              {t('evidence.photos.cameraCancel')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => void open()}>
          {t('evidence.photos.camera')}
        </button>
      )}
      {error ? (
        <p role="alert" className="warning">
          {error}
        </p>
      ) : null}
    </div>
  );
}
