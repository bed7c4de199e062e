// libFuzzer entry point: every input goes through the same checks as the corpus replay test
// (InputCheck.h); a failed check aborts, so the fuzzer saves the input and reports it.
#include "InputCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const topo::fuzz::InputReport report =
        topo::fuzz::checkTopologyInput({reinterpret_cast<const char*>(data), size});
    if (!report.ok()) {
        std::fprintf(stderr, "fuzz_topology: %s\n", report.problem.c_str());
        std::abort();
    }
    return 0;
}
