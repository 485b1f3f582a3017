package org.proud2bops.events.checkin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A check-in code drawn as a QR code (ZXing), as a PNG image for a badge or a phone's screen. */
final class QrCodes {

    /** Pixels per side: big enough to print on a badge and to scan from a phone held at arm's length. */
    static final int SIZE = 300;

    private QrCodes() {}

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", image);
            return image.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("A check-in code does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
