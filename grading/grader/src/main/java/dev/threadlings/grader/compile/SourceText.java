package dev.threadlings.grader.compile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a learner's sources for compiling, as UTF-8 without a byte order mark.
 *
 * <p>javac reads UTF-8 and stops at a byte order mark or at bytes that are not UTF-8 (a file saved as
 * Latin-1 or Windows-1252 by an old editor, with an accented letter in a comment). Such a file is read
 * as Windows-1252 instead, which decodes every byte, and the learner is told; nothing is lost.
 */
public final class SourceText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SourceText() {
    }

    /**
     * Copies every {@code .java} file under {@code sourceDir} to the same place under {@code copyDir}.
     *
     * @param sourceDir the learner's source root
     * @param copyDir where the copies go; created when missing
     * @return a note for each file that was not plain UTF-8, naming it
     * @throws IOException when a file cannot be read or written
     */
    public static List<String> copyAsUtf8(Path sourceDir, Path copyDir) throws IOException {
        List<String> notes = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sourceDir)) {
            sources = files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        }
        for (Path source : sources) {
            Path relative = sourceDir.relativize(source);
            byte[] bytes = Files.readAllBytes(source);
            String text;
            if (startsWithBom(bytes)) {
                text = new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
                notes.add(relative + " starts with a byte order mark, which javac refuses; it was dropped");
            } else {
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    text = new String(bytes, WINDOWS_1252);
                    notes.add(relative + " is not UTF-8; it was read as Windows-1252 (Latin-1): save it as UTF-8");
                }
            }
            Path target = copyDir.resolve(relative.toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        return notes;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
