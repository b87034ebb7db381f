package fr.copilote.model.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowBudgetTest {

    @Test
    void cellsThatWriteTheirBudgetReachTheTargetExactly() {
        RowBudget budget = new RowBudget(50_000, 1_300);
        long written = 0;
        for (int cell = 0; cell < 1_300; cell++) {
            written += budget.nextCell(written);
        }
        assertThat(written).isEqualTo(50_000);
    }

    @Test
    void aCellThatWritesLessLeavesTheRestToTheNextOne() {
        RowBudget budget = new RowBudget(100, 10);
        assertThat(budget.nextCell(0)).isEqualTo(10);
        assertThat(budget.nextCell(4)).isEqualTo(16);
    }
}
