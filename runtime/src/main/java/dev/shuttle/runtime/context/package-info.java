/**
 * Context propagation: what work handed to another thread (an {@code @Async} call, a {@code @Race}
 * source, an actor message, a pipeline item, a rate-limited call that waits for its permit, a
 * {@code @Phased} party) carries from the thread that handed it over. Off until a decorator is
 * registered; ready-made for SLF4J's MDC in the {@code shuttle-mdc} module.
 *
 * <p>A user touches all of it: {@link dev.shuttle.runtime.context.Contexts} (register, remove,
 * capture by hand), {@link dev.shuttle.runtime.context.ContextDecorator},
 * {@link dev.shuttle.runtime.context.ContextSnapshot} and
 * {@link dev.shuttle.runtime.context.ContextScope}.
 */
package dev.shuttle.runtime.context;
