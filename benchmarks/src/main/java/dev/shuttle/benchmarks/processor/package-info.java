/** What the annotation processor costs a build, against javac compiling the same sources alone. */
package dev.shuttle.benchmarks.processor;
