package org.dutylists.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Test townships stay out of the default townships' counties and out of other test classes' counties. */
class TestTownshipsTests {

    @Test
    void aTestTownshipBelongsToTheCountyItsIdNames() {
        assertThat(TestTownships.manifestWith("159799001", "甲镇").townships())
                .filteredOn(t -> t.id().equals("159799001")).singleElement()
                .satisfies(t -> assertThat(t.county().id()).isEqualTo("159799"));
    }

    @Test
    void refusesACountyOfTheDefaultTownshipsOrOfAnotherTestClass() {
        assertThatThrownBy(() -> TestTownships.manifestWith("150785199", "乙镇"))
                .hasMessageContaining("default townships' county 150785");

        TestTownships.manifestWith("159798001", "丙镇");
        assertThatThrownBy(() -> AnotherTestClass.manifestWith("159798002", "丁镇"))
                .hasMessageContaining("159798 belongs to " + TestTownshipsTests.class.getName());
    }
}

/** Stands for another test class. */
class AnotherTestClass {
    static void manifestWith(String id, String name) {
        TestTownships.manifestWith(id, name);
    }
}
