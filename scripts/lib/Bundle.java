import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The JSON side of scripts/bench.sh: reads and edits machine.json and run.json, and checks
 * JMH result files. Shell scripts cannot escape or parse JSON robustly, so every JSON byte in
 * a result bundle is written here, always to a temporary file that is then renamed over the
 * target, so a killed runner never leaves a half-written file behind.
 *
 * <p>Compiled once per run by scripts/lib/json.sh into a temporary folder; no dependencies.
 *
 * <pre>
 * Bundle edit FILE [--new]     apply edit operations read from stdin (one per line,
 *                              fields separated by TAB) and write FILE atomically
 * Bundle get FILE PATH         print a value: text as is, arrays one item per line;
 *                              exit 3 when absent or null
 * Bundle cells FILE            print run.json cells: module TAB cores TAB state TAB attempts
 * Bundle cell FILE MODULE CORES KEY  print one field of one run.json cell (exit 3 if absent)
 * Bundle compare OLD NEW KEY.. print "KEY: old -> new" for each key whose values differ
 * Bundle check-jmh FILE        print how many results a JMH JSON file holds; exit 1 if it
 *                              is not a complete JMH result array
 * Bundle jmh-version JAR       print the jmh-core version bundled in a benchmarks jar
 * </pre>
 *
 * <p>Edit operations (PATH is a dotted key path; "@" starts it at the cursor cell):
 * {@code s PATH TEXT}, {@code n PATH NUMBER}, {@code b PATH true|false}, {@code z PATH} (null),
 * {@code o PATH} (empty object), {@code a PATH} (empty array), {@code as PATH TEXT} and
 * {@code an PATH NUMBER} (append to an array), {@code push PATH} (append an empty object and
 * make it the cursor), {@code cell MODULE CORES} (make that run.json cell the cursor, creating
 * it as pending), {@code del PATH}, {@code tail PATH FILE LINES [STOP]} (the file's last lines
 * as text, ignoring everything from the last line that starts with STOP on), {@code jvm} (this JVM's and OS's facts), {@code jmh PATH JAR} (JMH version of a jar).
 */
public final class Bundle {

    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_ABSENT = 3;
    private static final int TAIL_BYTES = 64 * 1024;

    private Bundle() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (Failure f) {
            System.err.println(f.getMessage());
            System.exit(EXIT_FAILURE);
        } catch (IOException e) {
            System.err.println("I/O error: " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            System.exit(EXIT_FAILURE);
        }
    }

    private static int run(String[] args) throws IOException {
        if (args.length < 2) {
            throw new Failure("usage: Bundle edit|get|cells|compare|check-jmh|jmh-version FILE ...");
        }
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "edit":
                edit(file, args.length > 2 && "--new".equals(args[2]));
                return 0;
            case "get":
                return get(file, need(args, 2, "PATH"));
            case "cells":
                cells(file);
                return 0;
            case "cell":
                return cellField(file, need(args, 2, "MODULE"), need(args, 3, "CORES"), need(args, 4, "KEY"));
            case "compare":
                compare(file, Path.of(need(args, 2, "NEW")), List.of(args).subList(3, args.length));
                return 0;
            case "check-jmh":
                System.out.println(checkJmh(file));
                return 0;
            case "jmh-version":
                System.out.println(jmhVersion(file));
                return 0;
            default:
                throw new Failure("unknown command '" + args[0] + "'");
        }
    }

    private static String need(String[] args, int index, String what) {
        if (args.length <= index) {
            throw new Failure("missing " + what);
        }
        return args[index];
    }

    // ---------------------------------------------------------------- commands

    private static void edit(Path file, boolean create) throws IOException {
        Map<String, Object> root;
        if (create) {
            if (Files.exists(file)) {
                throw new Failure(file + " already exists; a bundle file is never overwritten");
            }
            root = new LinkedHashMap<>();
        } else {
            root = object(load(file), file.toString());
        }
        Editor editor = new Editor(root);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (!line.isEmpty()) {
                try {
                    editor.apply(line.split("\t", -1));
                } catch (Failure f) {
                    throw new Failure("edit operation " + lineNo + " ('" + line + "'): " + f.getMessage());
                }
            }
        }
        writeAtomically(file, Json.write(root));
    }

    private static int get(Path file, String path) throws IOException {
        Object value = Editor.lookup(load(file), path);
        if (value == null) {
            return EXIT_ABSENT;
        }
        StringBuilder out = new StringBuilder();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                out.append(scalarText(item)).append('\n');
            }
        } else {
            out.append(scalarText(value)).append('\n');
        }
        System.out.print(out);
        return 0;
    }

    private static void cells(Path file) throws IOException {
        Object cells = object(load(file), file.toString()).get("cells");
        if (!(cells instanceof List<?> list)) {
            throw new Failure(file + ": no 'cells' list; not a run.json");
        }
        StringBuilder out = new StringBuilder();
        for (Object c : list) {
            Map<String, Object> cell = object(c, file + " cell");
            out.append(scalarText(cell.get("module"))).append('\t')
                    .append(scalarText(cell.get("cores"))).append('\t')
                    .append(scalarText(cell.get("state"))).append('\t')
                    .append(cell.get("attempts") == null ? "0" : scalarText(cell.get("attempts")))
                    .append('\n');
        }
        System.out.print(out);
    }

    private static int cellField(Path file, String module, String cores, String key) throws IOException {
        Object cells = object(load(file), file.toString()).get("cells");
        if (cells instanceof List<?> list) {
            for (Object c : list) {
                Map<String, Object> cell = object(c, file + " cell");
                if (module.equals(cell.get("module")) && cores.equals(scalarText(cell.get("cores")))) {
                    Object value = Editor.lookup(cell, key);
                    if (value == null) {
                        return EXIT_ABSENT;
                    }
                    System.out.println(scalarText(value));
                    return 0;
                }
            }
        }
        return EXIT_ABSENT;
    }

    private static void compare(Path oldFile, Path newFile, List<String> keys) throws IOException {
        Map<String, Object> before = object(load(oldFile), oldFile.toString());
        Map<String, Object> after = object(load(newFile), newFile.toString());
        for (String key : keys) {
            String a = Json.write(before.get(key)).strip();
            String b = Json.write(after.get(key)).strip();
            if (!a.equals(b)) {
                System.out.println(key + ": " + a + " -> " + b);
            }
        }
    }

    /** Validates a JMH -rf json file and returns how many results it holds. */
    static int checkJmh(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Failure(file + ": no result file");
        }
        if (Files.size(file) == 0) {
            throw new Failure(file + ": result file is empty");
        }
        Object parsed = load(file);
        if (!(parsed instanceof List<?> results)) {
            throw new Failure(file + ": not a JMH result array");
        }
        for (int i = 0; i < results.size(); i++) {
            if (!(results.get(i) instanceof Map<?, ?> r) || !(r.get("benchmark") instanceof String)
                    || !(r.get("primaryMetric") instanceof Map)) {
                throw new Failure(file + ": result " + (i + 1) + " has no benchmark name or primaryMetric");
            }
        }
        return results.size();
    }

    static String jmhVersion(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            ZipEntry e = jf.getEntry("META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties");
            if (e == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(jf.getInputStream(e));
            return p.getProperty("version", "unknown");
        }
    }

    // ---------------------------------------------------------------- editing

    /** Applies edit operations to a parsed JSON object. */
    static final class Editor {
        private final Map<String, Object> root;
        private Map<String, Object> cursor;

        Editor(Map<String, Object> root) {
            this.root = root;
        }

        void apply(String[] op) throws IOException {
            switch (op[0]) {
                case "s" -> put(arg(op, 1), arg(op, 2));
                case "n" -> put(arg(op, 1), number(arg(op, 2)));
                case "b" -> put(arg(op, 1), bool(arg(op, 2)));
                case "z" -> put(arg(op, 1), null);
                case "o" -> put(arg(op, 1), new LinkedHashMap<String, Object>());
                case "a" -> put(arg(op, 1), new ArrayList<Object>());
                case "as" -> array(arg(op, 1)).add(arg(op, 2));
                case "an" -> array(arg(op, 1)).add(number(arg(op, 2)));
                case "push" -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    array(arg(op, 1)).add(entry);
                    cursor = entry;
                }
                case "cell" -> cursor = cell(arg(op, 1), number(arg(op, 2)));
                case "del" -> parent(arg(op, 1)).remove(last(arg(op, 1)));
                case "tail" -> put(arg(op, 1), tail(Path.of(arg(op, 2)), Integer.parseInt(arg(op, 3)),
                        op.length > 4 ? op[4] : null));
                case "jvm" -> jvmFacts();
                case "jmh" -> put(arg(op, 1), jmhVersion(Path.of(arg(op, 2))));
                default -> throw new Failure("unknown operation '" + op[0] + "'");
            }
        }

        private static String arg(String[] op, int i) {
            if (op.length <= i) {
                throw new Failure("missing field " + i);
            }
            return op[i];
        }

        private void jvmFacts() {
            put("jvmVendor", System.getProperty("java.vendor"));
            put("jvmName", System.getProperty("java.vm.name"));
            put("jvmVersion", System.getProperty("java.runtime.version"));
            put("javaHome", System.getProperty("java.home"));
            put("osName", System.getProperty("os.name"));
            put("osVersion", System.getProperty("os.version"));
            put("arch", System.getProperty("os.arch"));
        }

        private Map<String, Object> cell(String module, Object cores) {
            List<Object> cells = array("cells");
            for (Object c : cells) {
                Map<String, Object> cell = object(c, "cell");
                if (module.equals(cell.get("module")) && String.valueOf(cores).equals(String.valueOf(cell.get("cores")))) {
                    return cell;
                }
            }
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("module", module);
            cell.put("cores", cores);
            cell.put("state", "pending");
            cell.put("exitCode", null);
            cell.put("seconds", null);
            cells.add(cell);
            return cell;
        }

        private void put(String path, Object value) {
            parent(path).put(last(path), value);
        }

        @SuppressWarnings("unchecked")
        private List<Object> array(String path) {
            Map<String, Object> parent = parent(path);
            Object existing = parent.get(last(path));
            if (existing == null) {
                List<Object> created = new ArrayList<>();
                parent.put(last(path), created);
                return created;
            }
            if (!(existing instanceof List)) {
                throw new Failure("'" + path + "' is not an array");
            }
            return (List<Object>) existing;
        }

        private Map<String, Object> parent(String path) {
            String[] keys = split(path);
            Map<String, Object> node = start(path);
            for (int i = 0; i < keys.length - 1; i++) {
                Object child = node.get(keys[i]);
                if (child == null) {
                    child = new LinkedHashMap<String, Object>();
                    node.put(keys[i], child);
                }
                node = object(child, "'" + keys[i] + "' in " + path);
            }
            return node;
        }

        private Map<String, Object> start(String path) {
            if (path.startsWith("@")) {
                if (cursor == null) {
                    throw new Failure("no cursor: use 'cell' or 'push' first");
                }
                return cursor;
            }
            return root;
        }

        private static String[] split(String path) {
            String p = path.startsWith("@.") ? path.substring(2) : path;
            if (p.isEmpty() || p.startsWith(".") || p.endsWith(".") || p.contains("..")) {
                throw new Failure("bad path '" + path + "'");
            }
            return p.split("\\.");
        }

        private static String last(String path) {
            String[] keys = split(path);
            return keys[keys.length - 1];
        }

        static Object lookup(Object root, String path) {
            Object node = root;
            for (String key : split(path)) {
                if (!(node instanceof Map<?, ?> map)) {
                    return null;
                }
                node = map.get(key);
            }
            return node;
        }
    }

    static Object number(String text) {
        try {
            new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new Failure("not a number: '" + text + "'");
        }
        return new Json.Num(text.strip());
    }

    private static Boolean bool(String text) {
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new Failure("not a boolean: '" + text + "'");
        }
        return Boolean.valueOf(text);
    }

    /**
     * The last lines of a (possibly large, possibly binary) log, as printable text; with a
     * stop prefix, the lines from the last one starting with it on are left out (JMH's closing
     * boilerplate would otherwise crowd out the error that matters).
     */
    static String tail(Path file, int lines, String stop) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        byte[] bytes;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, raf.length() - TAIL_BYTES);
            bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
        }
        String text = decode(bytes);
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(c == '\n' || c == '\t' || c >= ' ' && c != 0x7f ? c : ' ');
        }
        String[] all = clean.toString().split("\n", -1);
        int end = all.length;
        if (stop != null && !stop.isEmpty()) {
            for (int i = all.length - 1; i > 0; i--) {
                if (all[i].startsWith(stop)) {
                    end = i;
                    break;
                }
            }
        }
        while (end > 0 && all[end - 1].isBlank()) {
            end--;
        }
        int from = Math.max(0, end - lines);
        return String.join("\n", List.of(all).subList(from, end));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    // ---------------------------------------------------------------- files

    static Object load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Failure(file + ": no such file");
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        try {
            return new Json.Parser(text).parseDocument();
        } catch (Failure f) {
            throw new Failure(file + ": " + f.getMessage());
        }
    }

    /** Writes to a temporary file beside the target, forces it to disk, then renames it. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new Failure(where + ": expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static String scalarText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        return Json.write(value).strip();
    }

    /** A message for the user; never a stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- JSON

    /** A complete, dependency-free JSON reader and writer that keeps key order and number text. */
    static final class Json {

        private Json() {
        }

        /** A number kept as its original text, so nothing is rounded by a rewrite. */
        record Num(String text) {
            @Override
            public String toString() {
                return text;
            }
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(out, value, 0);
            return out.append('\n').toString();
        }

        private static void write(StringBuilder out, Object value, int depth) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof String s) {
                string(out, s);
            } else if (value instanceof Num || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    indent(out, depth + 1);
                    string(out, String.valueOf(e.getKey()));
                    out.append(": ");
                    write(out, e.getValue(), depth + 1);
                    out.append(++i < map.size() ? ",\n" : "\n");
                }
                indent(out, depth);
                out.append('}');
            } else if (value instanceof List<?> list) {
                boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
                if (list.isEmpty() || flat) {
                    out.append('[');
                    for (int i = 0; i < list.size(); i++) {
                        write(out, list.get(i), depth + 1);
                        out.append(i + 1 < list.size() ? ", " : "");
                    }
                    out.append(']');
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    indent(out, depth + 1);
                    write(out, list.get(i), depth + 1);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                indent(out, depth);
                out.append(']');
            } else {
                throw new Failure("cannot write " + value.getClass().getSimpleName() + " as JSON");
            }
        }

        private static void indent(StringBuilder out, int depth) {
            out.append("  ".repeat(depth));
        }

        static void string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        /** Recursive-descent parser; errors name the line and column. */
        static final class Parser {
            private static final int MAX_DEPTH = 256;
            private final String text;
            private int pos;
            private int depth;

            Parser(String text) {
                this.text = text;
            }

            Object parseDocument() {
                skipSpace();
                Object value = value();
                skipSpace();
                if (pos < text.length()) {
                    throw error("unexpected text after the JSON value");
                }
                return value;
            }

            private Object value() {
                if (pos >= text.length()) {
                    throw error("unexpected end of file (truncated?)");
                }
                char c = text.charAt(pos);
                return switch (c) {
                    case '{' -> object();
                    case '[' -> array();
                    case '"' -> string();
                    case 't' -> literal("true", Boolean.TRUE);
                    case 'f' -> literal("false", Boolean.FALSE);
                    case 'n' -> literal("null", null);
                    default -> {
                        if (c == '-' || c >= '0' && c <= '9') {
                            yield number();
                        }
                        throw error("unexpected character '" + c + "'");
                    }
                };
            }

            private Map<String, Object> object() {
                enter();
                Map<String, Object> map = new LinkedHashMap<>();
                pos++;
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    depth--;
                    return map;
                }
                while (true) {
                    skipSpace();
                    if (peek() != '"') {
                        throw error("expected a key in quotes");
                    }
                    String key = string();
                    skipSpace();
                    expect(':');
                    skipSpace();
                    map.put(key, value());
                    skipSpace();
                    char c = next();
                    if (c == '}') {
                        depth--;
                        return map;
                    }
                    if (c != ',') {
                        pos--;
                        throw error("expected ',' or '}'");
                    }
                }
            }

            private List<Object> array() {
                enter();
                List<Object> list = new ArrayList<>();
                pos++;
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    depth--;
                    return list;
                }
                while (true) {
                    skipSpace();
                    list.add(value());
                    skipSpace();
                    char c = next();
                    if (c == ']') {
                        depth--;
                        return list;
                    }
                    if (c != ',') {
                        pos--;
                        throw error("expected ',' or ']'");
                    }
                }
            }

            private void enter() {
                if (++depth > MAX_DEPTH) {
                    throw error("nested too deeply");
                }
            }

            private String string() {
                pos++;
                StringBuilder sb = new StringBuilder();
                while (true) {
                    char c = next();
                    if (c == '"') {
                        return sb.toString();
                    }
                    if (c < 0x20) {
                        pos--;
                        throw error("control character in a string");
                    }
                    if (c != '\\') {
                        sb.append(c);
                        continue;
                    }
                    char e = next();
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (pos + 4 > text.length()) {
                                throw error("unexpected end of file in a \\u escape");
                            }
                            try {
                                sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("bad \\u escape");
                            }
                            pos += 4;
                        }
                        default -> {
                            pos--;
                            throw error("bad escape '\\" + e + "'");
                        }
                    }
                }
            }

            private Object number() {
                int start = pos;
                if (peek() == '-') {
                    pos++;
                }
                digits();
                if (peek() == '.') {
                    pos++;
                    digits();
                }
                if (peek() == 'e' || peek() == 'E') {
                    pos++;
                    if (peek() == '+' || peek() == '-') {
                        pos++;
                    }
                    digits();
                }
                return new Num(text.substring(start, pos));
            }

            private void digits() {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    throw error("expected a digit");
                }
            }

            private Object literal(String word, Object value) {
                if (!text.startsWith(word, pos)) {
                    throw error("unexpected word");
                }
                pos += word.length();
                return value;
            }

            private void expect(char c) {
                if (next() != c) {
                    pos--;
                    throw error("expected '" + c + "'");
                }
            }

            private char peek() {
                return pos < text.length() ? text.charAt(pos) : '\0';
            }

            private char next() {
                if (pos >= text.length()) {
                    throw error("unexpected end of file (truncated?)");
                }
                return text.charAt(pos++);
            }

            private void skipSpace() {
                while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
            }

            private Failure error(String what) {
                int line = 1;
                int col = 1;
                for (int i = 0; i < Math.min(pos, text.length()); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                }
                return new Failure("invalid JSON at line " + line + ", column " + col + ": " + what);
            }
        }
    }
}
