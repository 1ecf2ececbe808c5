package org.dutylists.kernel;

/** What a unit does for an item: the answer to "who handles this matter?". */
public enum UnitRole {
    /** 主办: acts on the matter (the township for basic items, the lead departments for cooperative ones). */
    LEAD,
    /** 协办: assists the lead (the township for cooperative items). */
    ASSIST,
    /** 承接部门: the department that took a transferred duty back. */
    RECEIVER,
    /** The township that handled a transferred duty before it was taken back. */
    FORMER_HOLDER
}
