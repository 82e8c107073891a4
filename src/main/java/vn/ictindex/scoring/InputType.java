package vn.ictindex.scoring;

/** The kinds of figure a unit can enter. */
public enum InputType {
    NUMBER, INTEGER, PERCENTAGE, BOOLEAN, DATE, CHOICE, ITEMS;

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER || this == PERCENTAGE;
    }
}
