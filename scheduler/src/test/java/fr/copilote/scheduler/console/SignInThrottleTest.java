package fr.copilote.scheduler.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.copilote.scheduler.support.MovableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long failed sign-ins are held back, on a clock the test moves: no test here waits for real. */
class SignInThrottleTest {

    private static final ConsoleProperties.SignIn LIMITS = new ConsoleProperties.SignIn(5, 20, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofHours(24));

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(LIMITS, clock);

    @Test
    void theFifthFailureInARowLocksTheAccountForAMinute() {
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(letThrough("dsi", "10.0.0.1").accountLockedUntil()).isNull();
        }
        SignInThrottle.LetThrough fifth = letThrough("dsi", "10.0.0.1");

        assertThat(fifth.failuresInARow()).isEqualTo(5);
        assertThat(fifth.accountLockedUntil()).isEqualTo(clock.localNow().plusMinutes(1));
        assertThat(throttle.attempt("dsi", "10.0.0.2")).isEqualTo(
                new SignInThrottle.Refused(clock.localNow().plusMinutes(1), false, true));
    }

    @Test
    void eachFailureAfterALockDoublesTheNextUpToTheLongest() {
        failTimes("dsi", "10.0.0.1", 4);
        List<Duration> locks = new ArrayList<>();
        for (int failure = 5; failure <= 12; failure++) {
            LocalDateTime until = letThrough("dsi", "10.0.0.1").accountLockedUntil();
            Duration lock = Duration.between(clock.localNow(), until);
            locks.add(lock);
            clock.advance(lock);
        }

        assertThat(locks).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L, 15L);
    }

    @Test
    void whileLockedAttemptsAreRefusedWithoutCountingAndOnlyTheFirstIsToBeRecorded() {
        failTimes("dsi", "10.0.0.1", 5);

        SignInThrottle.Refused first = (SignInThrottle.Refused) throttle.attempt("dsi", "10.0.0.1");
        SignInThrottle.Refused second = (SignInThrottle.Refused) throttle.attempt("DSI", "10.0.0.3");

        assertThat(first.firstOfItsLock()).isTrue();
        assertThat(second.firstOfItsLock()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        SignInThrottle.LetThrough after = letThrough("dsi", "10.0.0.1");
        assertThat(after.failuresInARow()).isEqualTo(6);
        assertThat(after.refusedBefore()).isEqualTo(2);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        failTimes("dsi", "10.0.0.1", 4);
        throttle.succeeded("dsi", "10.0.0.1");

        assertThat(letThrough("dsi", "10.0.0.1").failuresInARow()).isEqualTo(1);
    }

    @Test
    void aDayWithoutFailureForgetsTheEarlierOnes() {
        failTimes("dsi", "10.0.0.1", 4);
        clock.advance(Duration.ofHours(24));

        assertThat(letThrough("dsi", "10.0.0.1").failuresInARow()).isEqualTo(1);
    }

    @Test
    void anAddressTryingManyAccountsIsLockedAfterTwentyFailures() {
        for (int account = 1; account <= 19; account++) {
            assertThat(letThrough("agent-" + account, "10.0.0.9").addressLockedUntil()).isNull();
        }
        SignInThrottle.LetThrough twentieth = letThrough("agent-20", "10.0.0.9");

        assertThat(twentieth.addressFailuresInARow()).isEqualTo(20);
        assertThat(twentieth.addressLockedUntil()).isEqualTo(clock.localNow().plusMinutes(1));
        assertThat(throttle.attempt("dsi", "10.0.0.9")).isEqualTo(new SignInThrottle.Refused(clock.localNow().plusMinutes(1), true, true));
        assertThat(throttle.attempt("dsi", "10.0.0.10")).isInstanceOf(SignInThrottle.LetThrough.class);
    }

    @Test
    void theAddressAnAccountLastSignedInFromIsNotHeldBackByThatAccountsLock() {
        throttle.succeeded("dsi", "10.0.0.1");
        failTimes("dsi", "10.0.0.66", 5);

        assertThat(throttle.attempt("dsi", "10.0.0.66")).isInstanceOf(SignInThrottle.Refused.class);
        assertThat(throttle.attempt("dsi", "10.0.0.1")).isInstanceOf(SignInThrottle.LetThrough.class);
    }

    @Test
    void upperAndLowerCaseNamesAreOneAccountAsForTheUserStore() {
        failTimes("DSI", "10.0.0.1", 2);
        failTimes(" Dsi ", "10.0.0.2", 2);

        assertThat(letThrough("dsi", "10.0.0.3").failuresInARow()).isEqualTo(5);
    }

    @Test
    void aLockEndingBetweenTwoMinutesIsShownAtTheNextMinute() {
        clock.advance(Duration.ofSeconds(20));
        failTimes("dsi", "10.0.0.1", 4);

        assertThat(letThrough("dsi", "10.0.0.1").accountLockedUntil())
                .isEqualTo(clock.localNow().withSecond(0).plusMinutes(2));
    }

    @Test
    void limitsThatMakeNoSenseStopTheStartInFrench() {
        for (ConsoleProperties.SignIn wrong : List.of(
                new ConsoleProperties.SignIn(0, 20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(24)),
                new ConsoleProperties.SignIn(5, 20, Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(24)),
                new ConsoleProperties.SignIn(5, 20, Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofHours(24)),
                new ConsoleProperties.SignIn(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(5)))) {
            assertThatThrownBy(() -> new SignInThrottle(wrong, clock)).as(wrong.toString())
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("copilote.console.sign-in : ");
        }
    }

    private SignInThrottle.LetThrough letThrough(String name, String address) {
        SignInThrottle.Verdict verdict = throttle.attempt(name, address);
        assertThat(verdict).as(name + " depuis " + address).isInstanceOf(SignInThrottle.LetThrough.class);
        return (SignInThrottle.LetThrough) verdict;
    }

    private void failTimes(String name, String address, int times) {
        for (int failure = 0; failure < times; failure++) {
            letThrough(name, address);
        }
    }
}
