/* The declaration in fuzz_driver.h is all this target provides. */
