package io.github.uptake.app;

import io.github.uptake.model.Segment;
import picocli.CommandLine;

/**
 * Reads {@code --segment}: a segment's identifier, such as {@code residents} or {@code workers}
 * ({@link Segment#of}); an identifier it does not take is refused with its reason. This class is
 * stateless and thread-safe.
 */
final class SegmentConverter implements CommandLine.ITypeConverter<Segment> {
    /**
     * Returns the segment.
     *
     * @param value  the text given, not null
     * @return the segment, not null
     * @throws CommandLine.TypeConversionException if it is not a valid identifier
     */
    @Override
    public Segment convert(String value) {
        try {
            return Segment.of(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
