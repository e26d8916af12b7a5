package fi.palvelupiste.hardware.receipt;

public enum Align {
    LEFT,
    CENTER,
    RIGHT
}
