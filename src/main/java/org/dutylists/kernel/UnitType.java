package org.dutylists.kernel;

public enum UnitType {
    TOWNSHIP,
    DEPARTMENT
}
