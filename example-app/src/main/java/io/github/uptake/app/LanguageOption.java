package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The option {@code --lang vi|en} of the commands that print messages for a clerk: Vietnamese (the
 * default) or English, with numbers and dates in that language's format. The option is inherited
 * by subcommands ({@code uptake load --lang en units F} is {@code uptake load units F --lang en}).
 * Not thread-safe: one per command line.
 */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT,
            converter = Converter.class, completionCandidates = Languages.class,
            description = "messages in Vietnamese (vi, the default) or English (en)")
    private UptakeFormat format;

    /**
     * Returns the language's format.
     *
     * @return Vietnamese's unless {@code --lang en} was given; never null
     */
    UptakeFormat format() {
        return format == null ? UptakeFormat.vietnamese() : format;
    }

    /**
     * Returns whether messages are in Vietnamese.
     *
     * @return true unless {@code --lang en} was given
     */
    boolean vietnamese() {
        return "vi".equals(format().locale().getLanguage());
    }

    /** Reads {@code vi} or {@code en}; anything else is refused. */
    static final class Converter implements CommandLine.ITypeConverter<UptakeFormat> {
        @Override
        public UptakeFormat convert(String value) {
            if (!value.equals("vi") && !value.equals("en")) {
                throw new CommandLine.TypeConversionException("--lang must be vi or en, was "
                        + value);
            }
            return UptakeFormat.of(Locale.forLanguageTag(value));
        }
    }

    /** The values shell completion offers. */
    static final class Languages implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("vi", "en").iterator();
        }
    }
}
