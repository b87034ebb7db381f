package fr.copilote.model.generator;

import java.math.BigDecimal;

/** The euros of one activity row, both with two decimals. */
record Amounts(BigDecimal revenue, BigDecimal directCost) {
}
