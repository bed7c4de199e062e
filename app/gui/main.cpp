// topology-designer: the desktop designer. Everything but the entry point lives in topo_ui.
#include "ui/main/DesignerApp.h"

int main(int argc, char* argv[])
{
    return topo::runDesigner(argc, argv);
}
