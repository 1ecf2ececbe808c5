package org.dutylists.importing.document;

import java.util.List;
import java.util.Set;
import org.dutylists.kernel.DutyKind;

/**
 * The table header rows each list may print (repeated at every page break). Compared with whitespace removed and
 * brackets made half-width, since the export mixes {@code 苏木乡镇（街道）} and {@code 苏木乡镇(街道)}.
 */
final class TableHeaders {
    private static final Set<String> NAME_COLUMN = Set.of("事项名称", "工作事项");

    private TableHeaders() {
    }

    static int columns(DutyKind kind) {
        return switch (kind) {
            case BASIC -> 2;
            case COOPERATIVE -> 5;
            case TRANSFERRED -> 3;
        };
    }

    static boolean matches(DutyKind kind, List<String> header) {
        if (header.size() != columns(kind) || !header.get(0).equals("序号") || !NAME_COLUMN.contains(header.get(1))) {
            return false;
        }
        return switch (kind) {
            case BASIC -> true;
            case COOPERATIVE -> header.get(2).equals("对应上级部门") && header.get(3).startsWith("上级部门职责")
                    && header.get(4).endsWith("配合职责");
            case TRANSFERRED -> header.get(2).startsWith("承接部门");
        };
    }

    static String describe(DutyKind kind) {
        return switch (kind) {
            case BASIC -> "序号 | 事项名称";
            case COOPERATIVE -> "序号 | 事项名称 | 对应上级部门 | 上级部门职责（含提供的履职保障） | 苏木乡镇（街道）配合职责";
            case TRANSFERRED -> "序号 | 事项名称 | 承接部门及工作方式";
        };
    }
}
