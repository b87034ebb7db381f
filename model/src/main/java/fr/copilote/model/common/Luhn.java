package fr.copilote.model.common;

/** The Luhn (mod 10) check used by FINESS and RPPS numbers. */
public final class Luhn {

    private Luhn() {
    }

    /** Whether a string of ASCII digits ends with its Luhn key. */
    public static boolean isValid(String digits) {
        return sum(digits, false) % 10 == 0;
    }

    /** The key digit to append to {@code digitsWithoutKey} so that the whole is valid. */
    public static char keyFor(String digitsWithoutKey) {
        int sum = sum(digitsWithoutKey, true);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static int sum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubleIt = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum;
    }
}
